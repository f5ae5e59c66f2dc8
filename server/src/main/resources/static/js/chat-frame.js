/*
 * The visitor's chat, inside the frame that widget.js opens. Plain script, no framework.
 * Delivery: every line gets a client id; it shows as pending until the broadcast with that id arrives, is resent
 * after a timeout or a reconnect (the server keeps one copy per id), and after every (re)connect the frame fetches
 * the lines after the last sequence number it shows, skipping those it has. So each line appears exactly once.
 */
(function () {
  'use strict';
  var body = document.body;
  var key = body.dataset.widget;
  var S = JSON.parse(document.getElementById('chat-strings').textContent || '{}');
  var hash = new URLSearchParams(location.hash.slice(1));
  var host = hash.get('host');
  var embedded = window.parent !== window && !!host;
  var storageKey = 'frontline.chat.' + key;
  var maxUpload = Number(body.dataset.maxUpload || 0);
  var uploadTypes = (body.dataset.uploadTypes || '').split(',');

  var token = null;
  var config = null;
  var conversation = null;
  var client = null;
  var lastSeq = 0;
  var seen = new Set();
  var pending = new Map();
  var visible = !embedded;
  var unread = 0;
  var readSent = 0;
  var typingTimer = null;
  var typingSentAt = 0;
  var theirTypingTimer = null;

  var $ = function (id) { return document.getElementById(id); };
  var views = ['loading', 'prechat', 'offline', 'chat'];

  function show(view) {
    views.forEach(function (v) { $('view-' + v).hidden = v !== view; });
  }

  function store(name, value) {
    try {
      if (value === undefined) { return localStorage.getItem(storageKey + name); }
      if (value === null) { localStorage.removeItem(storageKey + name); } else { localStorage.setItem(storageKey + name, value); }
    } catch (e) { return null; }
    return null;
  }

  function newId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  function toParent(message) {
    if (embedded) { window.parent.postMessage(Object.assign({ frontline: '' }, message), host); }
  }

  async function api(path, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json' };
    if (token) { headers['X-Visitor-Token'] = token; }
    if (options.json !== undefined) { headers['Content-Type'] = 'application/json'; }
    var response = await fetch('/chat/api' + path, {
      method: options.method || (options.json !== undefined || options.form ? 'POST' : 'GET'),
      headers: headers,
      body: options.json !== undefined ? JSON.stringify(options.json) : options.form,
      credentials: 'omit'
    });
    var text = await response.text();
    var data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      var error = new Error((data && data.detail) || S.error);
      error.problem = data || {};
      error.status = response.status;
      throw error;
    }
    return data;
  }

  function problemText(error) {
    var p = error.problem || {};
    if (p.errors && p.errors.length) {
      return p.errors.map(function (e) { return e.field + ': ' + e.message; }).join('; ');
    }
    return error.message || S.error;
  }

  // ---- start

  async function init() {
    try {
      config = await api('/widgets/' + encodeURIComponent(key));
      toParent({ frontline: 'color', color: config.color });
      var identity = hash.get('email') && hash.get('signature')
        ? { email: hash.get('email'), name: hash.get('name'), signature: hash.get('signature') } : null;
      var known = store('') || hash.get('token') || null;
      var visitor = await api('/visitors', { json: { widget: key, token: known, identity: identity } });
      token = visitor.token;
      store('', token);
      toParent({ frontline: 'token', token: token });
      if (hash.get('name')) { $('pc-name').value = $('off-name').value = hash.get('name'); }
      if (hash.get('email')) { $('pc-email').value = $('off-email').value = hash.get('email'); }
      var conversations = await api('/conversations');
      var open = conversations.find(function (c) { return c.state !== 'ended'; });
      if (open) {
        openConversation(open);
      } else {
        showStart(conversations);
      }
    } catch (e) {
      show('loading');
      $('view-loading').textContent = S.error;
    }
  }

  function showStart(conversations) {
    setStatus(config.online ? S.online : S.offline);
    var earlier = $('earlier');
    earlier.textContent = '';
    (conversations || []).filter(function (c) { return c.state === 'ended'; }).slice(0, 5).forEach(function (c) {
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = S.earlier + ' · ' + new Date(c.queuedAt).toLocaleString();
      button.addEventListener('click', function () { openConversation(c); });
      li.appendChild(button);
      earlier.appendChild(li);
    });
    earlier.hidden = !earlier.children.length;
    show(config.online ? 'prechat' : 'offline');
  }

  function formValues(form) {
    var values = { fields: {} };
    var missing = false;
    Array.from(form.elements).forEach(function (el) {
      if (!el.name) { return; }
      var v = el.value.trim();
      if (el.required && !v) { missing = true; el.setAttribute('aria-invalid', 'true'); } else { el.removeAttribute('aria-invalid'); }
      if (el.name.indexOf('field.') === 0) { values.fields[el.name.slice(6)] = v; } else { values[el.name] = v; }
    });
    return missing ? null : values;
  }

  $('prechat').addEventListener('submit', async function (event) {
    event.preventDefault();
    var values = formValues(event.target);
    if (!values) { $('prechat-error').textContent = S.required; return; }
    var submit = event.target.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      var started = await api('/conversations', {
        json: {
          name: values.name, email: values.email, text: values.text, clientMessageId: newId(),
          language: (hash.get('lang') || navigator.language || '').split('-')[0] || null,
          pageUrl: hash.get('page'), fields: values.fields
        }
      });
      $('prechat-error').textContent = '';
      event.target.reset();
      openConversation(started);
    } catch (e) {
      $('prechat-error').textContent = problemText(e);
    } finally {
      submit.disabled = false;
    }
  });

  $('offline').addEventListener('submit', async function (event) {
    event.preventDefault();
    var values = formValues(event.target);
    if (!values) { $('offline-error').textContent = S.required; return; }
    try {
      await api('/widgets/' + encodeURIComponent(key) + '/offline', {
        json: { name: values.name, email: values.email, text: values.text, fields: values.fields }
      });
      event.target.hidden = true;
      $('offline-done').hidden = false;
      $('offline-done').textContent = S['offline.sent'];
    } catch (e) {
      $('offline-error').textContent = problemText(e);
    }
  });

  // ---- the conversation

  function openConversation(c) {
    if (!conversation || conversation.id !== c.id) {
      conversation = c;
      lastSeq = 0;
      seen = new Set();
      $('lines').textContent = '';
      restorePending();
    }
    applyState(c);
    show('chat');
    connect();
    catchUp();
  }

  function applyState(c) {
    conversation = c;
    var ended = c.state === 'ended';
    $('ended').hidden = !ended;
    $('composer').hidden = ended;
    $('end').hidden = ended;
    if (c.agent) {
      $('agent-avatar').textContent = c.agent.initials;
      setStatus(ended ? S.ended : c.agent.name);
    } else if (c.state === 'queued') {
      $('agent-avatar').textContent = '…';
      setStatus(S.queued.replace('{0}', c.position || 1));
    } else if (ended) {
      setStatus(S.ended);
    }
  }

  function setStatus(text) { $('chat-status').textContent = text || ''; }

  function connect() {
    if (client) { return; }
    var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/chat/ws';
    client = new StompJs.Client({
      brokerURL: url,
      connectHeaders: { 'visitor-token': token },
      reconnectDelay: 1000,
      heartbeatIncoming: 25000,
      heartbeatOutgoing: 25000
    });
    client.onConnect = function () {
      $('banner').hidden = true;
      client.subscribe('/user/queue/chat.errors', function (frame) { failed(JSON.parse(frame.body)); });
      client.subscribe('/topic/chat.conversation.' + conversation.id, function (frame) { onEvent(JSON.parse(frame.body)); });
      catchUp().then(resendPending);
    };
    client.onWebSocketClose = function () {
      if (conversation && conversation.state !== 'ended') {
        $('banner').hidden = false;
        $('banner').textContent = S.reconnecting;
      }
    };
    client.onStompError = function () { /* the client reconnects on its own */ };
    client.activate();
  }

  async function catchUp() {
    if (!conversation) { return; }
    try {
      var lines = await api('/conversations/' + conversation.id + '/messages?after=' + lastSeq);
      lines.forEach(addLine);
      var fresh = await api('/conversations/' + conversation.id);
      applyState(fresh);
      markRead();
    } catch (e) { /* next reconnect catches up */ }
  }

  function onEvent(event) {
    if (event.type === 'message') {
      addLine(event);
      if (event.author.type !== 'visitor') {
        if (!visible || document.hidden) { unread++; toParent({ frontline: 'unread', count: unread }); }
        markRead();
      }
    } else if (event.type === 'typing' && event.author === 'agent') {
      $('typing').textContent = event.typing ? S.typing.replace('{0}', event.name) : '';
      clearTimeout(theirTypingTimer);
      if (event.typing) { theirTypingTimer = setTimeout(function () { $('typing').textContent = ''; }, 6000); }
    } else if (event.type === 'read' && event.by === 'agent') {
      document.querySelectorAll('.line.mine[data-seq]').forEach(function (li) {
        var meta = li.querySelector('.meta');
        if (Number(li.dataset.seq) <= event.seq && meta) { meta.textContent = S.read; }
      });
    } else if (event.type === 'state' && event.conversation && conversation && event.conversation.id === conversation.id) {
      applyState(event.conversation);
    }
  }

  function addLine(line) {
    if (seen.has(line.seq)) { return; }
    seen.add(line.seq);
    var mine = line.author.type === 'visitor';
    var li = pending.has(line.clientMessageId) ? pending.get(line.clientMessageId).el : null;
    if (li) {
      clearTimeout(pending.get(line.clientMessageId).timer);
      pending.delete(line.clientMessageId);
      savePending();
      li.remove();
    }
    li = render(line, mine ? 'mine' : line.author.type === 'system' ? 'system' : 'theirs');
    li.dataset.seq = line.seq;
    var list = $('lines');
    var after = Array.from(list.querySelectorAll('[data-seq]')).find(function (el) { return Number(el.dataset.seq) > line.seq; });
    var firstPending = list.querySelector('.pending');
    list.insertBefore(li, after || firstPending || null);
    lastSeq = Math.max(lastSeq, line.seq);
    list.scrollTop = list.scrollHeight;
    if (line.author.type === 'agent') { $('typing').textContent = ''; }
  }

  function render(line, kind) {
    var li = document.createElement('li');
    li.className = 'line ' + kind;
    if (kind === 'theirs' && line.author && line.author.name) {
      var who = document.createElement('div');
      who.className = 'who';
      who.textContent = line.author.name;
      li.appendChild(who);
    }
    var bubble = document.createElement('div');
    bubble.className = 'bubble';
    bubble.textContent = line.text || '';
    (line.attachments || []).forEach(function (f) {
      var url = f.url + '?t=' + encodeURIComponent(token);
      var a = document.createElement('a');
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener';
      if (f.contentType && f.contentType.indexOf('image/') === 0) {
        var img = document.createElement('img');
        img.src = url;
        img.alt = f.filename;
        a.appendChild(img);
      } else {
        a.textContent = '📎 ' + f.filename;
      }
      bubble.appendChild(a);
    });
    li.appendChild(bubble);
    if (kind.indexOf('mine') === 0) {
      var meta = document.createElement('div');
      meta.className = 'meta';
      li.appendChild(meta);
    }
    return li;
  }

  // ---- sending

  function savePending() {
    var items = [];
    pending.forEach(function (p, id) { items.push({ id: id, conversationId: p.conversationId, text: p.text }); });
    try { sessionStorage.setItem(storageKey + '.pending', JSON.stringify(items)); } catch (e) { /* private mode */ }
  }

  function restorePending() {
    var items = [];
    try { items = JSON.parse(sessionStorage.getItem(storageKey + '.pending') || '[]'); } catch (e) { items = []; }
    items.filter(function (p) { return p.conversationId === conversation.id; }).forEach(function (p) { queueLine(p.text, p.id); });
  }

  function queueLine(text, id) {
    id = id || newId();
    var li = render({ text: text, author: { type: 'visitor' } }, 'mine pending');
    li.querySelector('.meta').textContent = S.sending;
    $('lines').appendChild(li);
    $('lines').scrollTop = $('lines').scrollHeight;
    pending.set(id, { text: text, el: li, conversationId: conversation.id, timer: null });
    savePending();
    publish(id);
  }

  function publish(id) {
    var p = pending.get(id);
    if (!p) { return; }
    clearTimeout(p.timer);
    if (client && client.connected) {
      client.publish({
        destination: '/app/visitor.message',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ conversationId: p.conversationId, clientMessageId: id, text: p.text })
      });
    }
    p.timer = setTimeout(function () { publish(id); }, 8000);
  }

  function resendPending() { pending.forEach(function (p, id) { publish(id); }); }

  function failed(problem) {
    var p = problem.clientMessageId && pending.get(problem.clientMessageId);
    if (problem.code === 'chat_ended') { catchUp(); }
    if (!p) { return; }
    clearTimeout(p.timer);
    p.el.classList.add('failed');
    var meta = p.el.querySelector('.meta');
    meta.textContent = (problem.detail || S.failed) + ' ';
    var retry = document.createElement('button');
    retry.type = 'button';
    retry.className = 'link';
    retry.textContent = S.retry;
    retry.addEventListener('click', function () { p.el.classList.remove('failed'); meta.textContent = S.sending; publish(problem.clientMessageId); });
    meta.appendChild(retry);
  }

  $('composer').addEventListener('submit', function (event) {
    event.preventDefault();
    var text = $('text').value.trim();
    if (!text || !conversation) { return; }
    $('text').value = '';
    sendTyping(false);
    queueLine(text);
  });

  $('text').addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      $('composer').requestSubmit();
    }
  });

  $('text').addEventListener('input', function () {
    var now = Date.now();
    if (now - typingSentAt > 3000) { sendTyping(true); }
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { sendTyping(false); }, 4000);
  });

  function sendTyping(typing) {
    typingSentAt = typing ? Date.now() : 0;
    if (client && client.connected && conversation) {
      client.publish({
        destination: '/app/visitor.typing',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ conversationId: conversation.id, typing: typing })
      });
    }
  }

  function markRead() {
    if (!visible || document.hidden || !conversation || lastSeq <= readSent) { return; }
    readSent = lastSeq;
    unread = 0;
    toParent({ frontline: 'unread', count: 0 });
    if (client && client.connected) {
      client.publish({
        destination: '/app/visitor.read',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ conversationId: conversation.id, seq: lastSeq })
      });
    }
  }

  $('file').addEventListener('change', async function (event) {
    var file = event.target.files[0];
    event.target.value = '';
    if (!file || !conversation) { return; }
    if (maxUpload && file.size > maxUpload) { showBanner(S.fileTooLarge); return; }
    if (uploadTypes.indexOf(file.type) < 0) { showBanner(S.fileType); return; }
    var form = new FormData();
    form.append('file', file);
    form.append('clientMessageId', newId());
    try {
      addLine(await api('/conversations/' + conversation.id + '/files', { form: form }));
    } catch (e) {
      showBanner(problemText(e));
    }
  });

  function showBanner(text) {
    $('banner').hidden = false;
    $('banner').textContent = text;
    setTimeout(function () { $('banner').hidden = true; }, 6000);
  }

  $('end').addEventListener('click', async function () {
    try { applyState(await api('/conversations/' + conversation.id + '/end', { json: {} })); } catch (e) { showBanner(problemText(e)); }
  });

  $('new-chat').addEventListener('click', async function () {
    if (client) { client.deactivate(); client = null; }
    conversation = null;
    showStart(await api('/conversations'));
  });

  $('transcript').addEventListener('click', async function () {
    try {
      var sent = await api('/conversations/' + conversation.id + '/transcript', { json: {} });
      showBanner(S.transcriptSent.replace('{0}', sent.to));
    } catch (e) {
      showBanner(problemText(e));
    }
  });

  $('close').addEventListener('click', function () { toParent({ frontline: 'close' }); });

  window.addEventListener('message', function (event) {
    if (!embedded || event.origin !== host || event.source !== window.parent || !event.data) { return; }
    if (event.data.frontline === 'visibility') {
      visible = !!event.data.open;
      if (visible) { markRead(); $('text').focus(); }
    }
  });
  document.addEventListener('visibilitychange', markRead);

  init();
})();
