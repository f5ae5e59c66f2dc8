/*
 * Frontline chat loader. Paste on any page of an allowed origin:
 *   <script src="https://support.example.com/chat/widget.js" data-widget="w_..." async></script>
 * Optional: data-email, data-name and data-signature (hex HMAC-SHA256 of the lower-case email under the widget's
 * identity secret) for signed-in users; data-lang to force a language.
 * It draws a launcher button and opens the chat in an iframe served by Frontline, so nothing of the host page's
 * styles or scripts can reach the conversation.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__frontlineChat) { return; }
  window.__frontlineChat = true;
  var key = script.getAttribute('data-widget');
  var base = new URL(script.src, location.href).origin;
  var params = new URLSearchParams({ host: location.origin });
  ['email', 'name', 'signature', 'lang'].forEach(function (k) {
    var v = script.getAttribute('data-' + k);
    if (v) { params.set(k, v); }
  });
  params.set('page', location.href.slice(0, 1500));
  // Browsers that block third-party storage would make every visit a new visitor; the token is kept here too,
  // in the website's own storage, and handed to the frame.
  var tokenKey = 'frontline.chat.' + key;
  try {
    var kept = localStorage.getItem(tokenKey);
    if (kept) { params.set('token', kept); }
  } catch (e) { /* storage disabled */ }

  var root = document.createElement('div');
  root.setAttribute('data-frontline-chat', '');
  root.style.cssText = 'position:fixed;right:20px;bottom:20px;z-index:2147483000;font:14px system-ui,sans-serif';

  var frame = document.createElement('iframe');
  frame.title = 'Chat';
  frame.src = base + '/chat/frame/' + encodeURIComponent(key) + '#' + params.toString();
  frame.setAttribute('allow', 'clipboard-write');
  frame.style.cssText = 'display:none;width:370px;height:560px;max-height:calc(100vh - 100px);max-width:calc(100vw - 40px);'
    + 'border:0;border-radius:14px;box-shadow:0 12px 40px rgba(15,23,42,.28);background:#fff;margin-bottom:12px';

  var button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', 'Open chat');
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('data-frontline-launcher', '');
  button.style.cssText = 'display:block;margin-left:auto;width:56px;height:56px;border-radius:50%;border:0;cursor:pointer;'
    + 'background:#2563eb;color:#fff;box-shadow:0 6px 20px rgba(15,23,42,.25);position:relative';
  button.innerHTML = '<svg width="26" height="26" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"'
    + ' aria-hidden="true"><path d="M21 12a8 8 0 0 1-11.6 7.1L4 21l1.9-5.2A8 8 0 1 1 21 12z"/></svg>';
  var badge = document.createElement('span');
  badge.setAttribute('aria-hidden', 'true');
  badge.style.cssText = 'display:none;position:absolute;top:-2px;right:-2px;min-width:20px;height:20px;border-radius:10px;'
    + 'background:#dc2626;color:#fff;font-size:12px;line-height:20px;text-align:center;padding:0 5px';
  button.appendChild(badge);

  var open = false;
  function toggle(show) {
    open = show;
    frame.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-label', open ? 'Close chat' : 'Open chat');
    frame.contentWindow && frame.contentWindow.postMessage({ frontline: 'visibility', open: open }, base);
    if (open) { frame.focus(); }
  }
  button.addEventListener('click', function () { toggle(!open); });

  window.addEventListener('message', function (event) {
    if (event.origin !== base || event.source !== frame.contentWindow || !event.data) { return; }
    var data = event.data;
    if (data.frontline === 'unread') {
      badge.textContent = data.count > 9 ? '9+' : String(data.count);
      badge.style.display = data.count > 0 && !open ? 'block' : 'none';
      button.setAttribute('aria-label', data.count > 0 ? 'Open chat, ' + data.count + ' unread' : 'Open chat');
    } else if (data.frontline === 'color' && /^#[0-9a-f]{6}$/i.test(data.color)) {
      button.style.background = data.color;
    } else if (data.frontline === 'token' && typeof data.token === 'string' && data.token.length < 300) {
      try { localStorage.setItem(tokenKey, data.token); } catch (e) { /* storage disabled */ }
    } else if (data.frontline === 'close') {
      toggle(false);
      button.focus();
    }
  });

  root.appendChild(frame);
  root.appendChild(button);
  (document.body || document.documentElement).appendChild(root);
})();
