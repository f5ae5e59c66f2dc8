/*
 * The agent's chat console: presence and capacity, the queue, and every open chat side by side. Lines go out over
 * STOMP with a client id and show as pending until their broadcast returns; after a reconnect each pane fetches what
 * it missed. Actions that change state (presence, transfer, end) use the session API with the CSRF token.
 */
(function () {
  'use strict';
  var main = document.querySelector('.chat-console');
  if (!main) { return; }
  var S = JSON.parse(document.getElementById('console-strings').textContent || '{}');
  var csrfHeader = document.querySelector('meta[name=csrf-header]');
  var csrfToken = document.querySelector('meta[name=csrf-token]');
  var meName = main.dataset.meName;
  var panes = new Map();
  var client = null;
  var transferFor = null;
  var $ = function (id) { return document.getElementById(id); };

  async function api(path, method, body) {
    var headers = { 'Accept': 'application/json' };
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    if (method && method !== 'GET' && csrfHeader && csrfToken) { headers[csrfHeader.content] = csrfToken.content; }
    var response = await fetch('/chat/console/api' + path, {
      method: method || 'GET', headers: headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin'
    });
    var text = await response.text();
    var data = text ? JSON.parse(text) : null;
    if (!response.ok) {
      var error = new Error((data && (data.errors && data.errors.length ? data.errors[0].message : data.detail)) || response.statusText);
      error.problem = data;
      throw error;
    }
    return data;
  }

  function newId() {
    var bytes = new Uint8Array(12);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  // ---- presence

  var presenceTouched = false;

  async function loadPresence() {
    var p = await api('/presence');
    if (presenceTouched) { return; }
    showPresence(p);
  }

  function showPresence(p) {
    $('presence').value = p.presence;
    $('capacity').value = p.capacity;
    $('presence-dot').className = 'presence-dot ' + p.presence;
    $('presence-dot').title = p.presence;
  }

  async function savePresence() {
    presenceTouched = true;
    var p = await api('/presence', 'PUT', { presence: $('presence').value, capacity: Number($('capacity').value) });
    showPresence(p);
    if (p.presence === 'offline') { panes.forEach(function (pane, id) { removePane(id); }); }
  }
  $('presence').addEventListener('change', savePresence);
  $('capacity').addEventListener('change', savePresence);

  // ---- queue

  var queue = [];
  async function loadQueue() {
    queue = await api('/conversations?scope=queued');
    renderQueue();
  }

  function renderQueue() {
    var list = $('queue-list');
    list.textContent = '';
    queue.forEach(function (c) {
      var li = document.createElement('li');
      li.dataset.since = c.queuedAt;
      var name = document.createElement('strong');
      name.textContent = c.visitorName || c.visitorEmail;
      var wait = document.createElement('span');
      wait.className = 'wait muted';
      li.appendChild(name);
      li.appendChild(document.createTextNode(' '));
      li.appendChild(wait);
      if (c.language) {
        var lang = document.createElement('span');
        lang.className = 'channel-chip';
        lang.textContent = c.language;
        li.appendChild(document.createTextNode(' '));
        li.appendChild(lang);
      }
      list.appendChild(li);
    });
    $('queue-count').textContent = String(queue.length);
    $('queue-empty').hidden = queue.length > 0;
    tickWaits();
  }

  function tickWaits() {
    document.querySelectorAll('#queue-list li').forEach(function (li) {
      var seconds = Math.max(0, Math.round((Date.now() - Date.parse(li.dataset.since)) / 1000));
      li.querySelector('.wait').textContent = seconds < 60 ? seconds + ' s' : Math.floor(seconds / 60) + ' min';
    });
  }
  setInterval(tickWaits, 1000);

  // ---- panes

  function addPane(c) {
    if (panes.has(c.id)) { updatePane(c); return panes.get(c.id); }
    var node = $('pane-template').content.firstElementChild.cloneNode(true);
    node.dataset.conversation = c.id;
    var pane = { id: c.id, node: node, conversation: c, lastSeq: 0, seen: new Set(), pending: new Map(), unread: 0, subs: [] };
    panes.set(c.id, pane);
    var text = node.querySelector('.pane-text');
    text.setAttribute('aria-label', (S.message || 'Message to {0}').replace('{0}', c.visitorName || ''));
    node.querySelector('.pane-composer').addEventListener('submit', function (event) {
      event.preventDefault();
      send(pane);
    });
    text.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && !event.shiftKey) { event.preventDefault(); send(pane); }
    });
    var lastTyping = 0;
    text.addEventListener('input', function () {
      if (Date.now() - lastTyping > 3000 && client && client.connected) {
        lastTyping = Date.now();
        client.publish({ destination: '/app/agent.typing', headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ conversationId: c.id, typing: true }) });
      }
    });
    node.querySelector('.pane-canned').addEventListener('change', function (event) {
      if (!event.target.value) { return; }
      text.value = (text.value ? text.value + ' ' : '') + event.target.value
        .replace(/\{\{\s*visitor\.name\s*\}\}/g, pane.conversation.visitorName || '')
        .replace(/\{\{\s*agent\.name\s*\}\}/g, meName || '');
      event.target.value = '';
      text.focus();
    });
    node.querySelector('.pane-end').addEventListener('click', function () { end(pane, false); });
    node.querySelector('.pane-solve').addEventListener('click', function () { end(pane, true); });
    node.querySelector('.pane-transfer').addEventListener('click', function () { openTransfer(pane); });
    node.addEventListener('focusin', function () { markRead(pane); });
    node.addEventListener('click', function () { markRead(pane); });
    $('chat-panes').appendChild(node);
    updatePane(c);
    subscribe(pane);
    catchUp(pane);
    renderTabs();
    $('no-chats').hidden = true;
    return pane;
  }

  function updatePane(c) {
    var pane = panes.get(c.id);
    if (!pane) { return; }
    pane.conversation = c;
    pane.node.querySelector('.pane-title').textContent = c.visitorName || c.visitorEmail;
    pane.node.querySelector('.pane-meta').textContent = [c.visitorEmail, c.language].filter(Boolean).join(' · ');
    var link = pane.node.querySelector('.pane-ticket');
    link.href = '/tickets/' + c.ticketId;
    link.textContent = (S.ticket || 'Ticket #{0}').replace('{0}', c.ticketId);
  }

  function removePane(id) {
    var pane = panes.get(id);
    if (!pane) { return; }
    pane.subs.forEach(function (s) { try { s.unsubscribe(); } catch (e) { /* gone */ } });
    pane.node.remove();
    panes.delete(id);
    renderTabs();
    $('no-chats').hidden = panes.size > 0;
  }

  function renderTabs() {
    var tabs = $('chat-tabs');
    tabs.textContent = '';
    panes.forEach(function (pane) {
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'chat-tab';
      button.textContent = pane.conversation.visitorName || pane.conversation.visitorEmail;
      if (pane.unread > 0) {
        var badge = document.createElement('span');
        badge.className = 'unread';
        badge.textContent = String(pane.unread);
        badge.setAttribute('aria-label', (S.unread || '{0} unread').replace('{0}', pane.unread));
        button.appendChild(document.createTextNode(' '));
        button.appendChild(badge);
      }
      button.addEventListener('click', function () { pane.node.focus(); pane.node.querySelector('.pane-text').focus(); markRead(pane); });
      li.appendChild(button);
      tabs.appendChild(li);
    });
  }

  function subscribe(pane) {
    if (!client || !client.connected) { return; }
    pane.subs = [
      client.subscribe('/topic/chat.conversation.' + pane.id, function (frame) { onEvent(pane, JSON.parse(frame.body)); }),
      client.subscribe('/topic/chat.internal.' + pane.id, function (frame) { onEvent(pane, JSON.parse(frame.body)); })
    ];
  }

  async function catchUp(pane) {
    try {
      var lines = await api('/conversations/' + pane.id + '/messages?after=' + pane.lastSeq);
      lines.forEach(function (line) { addLine(pane, line, false); });
    } catch (e) { /* retried on the next reconnect */ }
  }

  function onEvent(pane, event) {
    if (event.type === 'message') {
      addLine(pane, event, true);
    } else if (event.type === 'typing' && event.author === 'visitor') {
      var typing = pane.node.querySelector('.pane-typing');
      typing.textContent = event.typing ? event.name + ' …' : '';
      clearTimeout(pane.typingTimer);
      pane.typingTimer = setTimeout(function () { typing.textContent = ''; }, 6000);
    } else if (event.type === 'read' && event.by === 'visitor') {
      pane.node.querySelectorAll('.line.mine[data-seq]').forEach(function (li) {
        if (Number(li.dataset.seq) <= event.seq) { li.classList.add('read'); }
      });
    } else if (event.type === 'state') {
      updatePane(event.conversation);
      if (event.conversation.state !== 'active' || !event.conversation.agent
          || String(event.conversation.agent.id) !== main.dataset.me) {
        removePane(pane.id);
      }
    }
  }

  function addLine(pane, line, live) {
    if (pane.seen.has(line.seq)) { return; }
    pane.seen.add(line.seq);
    var list = pane.node.querySelector('.pane-lines');
    var waiting = pane.pending.get(line.clientMessageId);
    if (waiting) { clearTimeout(waiting.timer); waiting.el.remove(); pane.pending.delete(line.clientMessageId); }
    var li = renderLine(line);
    li.dataset.seq = line.seq;
    var after = Array.from(list.querySelectorAll('[data-seq]')).find(function (el) { return Number(el.dataset.seq) > line.seq; });
    list.insertBefore(li, after || list.querySelector('.pending') || null);
    pane.lastSeq = Math.max(pane.lastSeq, line.seq);
    list.scrollTop = list.scrollHeight;
    if (line.author.type === 'visitor') {
      pane.node.querySelector('.pane-typing').textContent = '';
      if (live && !pane.node.contains(document.activeElement)) { pane.unread++; renderTabs(); }
    }
  }

  function renderLine(line) {
    var li = document.createElement('li');
    var kind = line.internal ? 'note' : line.author.type === 'agent' ? 'mine' : line.author.type === 'system' ? 'system' : 'theirs';
    li.className = 'line ' + kind;
    var who = document.createElement('span');
    who.className = 'who';
    who.textContent = line.author.name || line.author.type;
    var text = document.createElement('div');
    text.className = 'bubble';
    text.textContent = line.text || '';
    (line.attachments || []).forEach(function (f) {
      var a = document.createElement('a');
      a.href = '/attachments/' + f.id;
      a.target = '_blank';
      a.rel = 'noopener';
      if (f.contentType && f.contentType.indexOf('image/') === 0) {
        var img = document.createElement('img');
        img.src = '/attachments/' + f.id;
        img.alt = f.filename;
        a.appendChild(img);
      } else {
        a.textContent = '📎 ' + f.filename;
      }
      text.appendChild(a);
    });
    li.appendChild(who);
    li.appendChild(text);
    return li;
  }

  function send(pane) {
    var text = pane.node.querySelector('.pane-text');
    var value = text.value.trim();
    if (!value) { return; }
    var internal = pane.node.querySelector('.pane-note').checked;
    var id = newId();
    var li = renderLine({ text: value, internal: internal, author: { type: 'agent', name: meName } });
    li.classList.add('pending');
    pane.node.querySelector('.pane-lines').appendChild(li);
    pane.pending.set(id, { el: li, text: value, internal: internal, timer: null });
    text.value = '';
    publish(pane, id);
  }

  function publish(pane, id) {
    var p = pane.pending.get(id);
    if (!p) { return; }
    clearTimeout(p.timer);
    if (client && client.connected) {
      client.publish({ destination: '/app/agent.message', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ conversationId: pane.id, clientMessageId: id, text: p.text, internal: p.internal }) });
    }
    p.timer = setTimeout(function () { publish(pane, id); }, 8000);
  }

  function markRead(pane) {
    if (pane.unread > 0) { pane.unread = 0; renderTabs(); }
    if (client && client.connected && pane.lastSeq > (pane.readSent || 0)) {
      pane.readSent = pane.lastSeq;
      client.publish({ destination: '/app/agent.read', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ conversationId: pane.id, seq: pane.lastSeq }) });
    }
  }

  async function end(pane, solve) {
    try {
      await api('/conversations/' + pane.id + '/end', 'POST', { solve: solve });
      removePane(pane.id);
    } catch (e) {
      window.alert(e.message);
    }
  }

  // ---- transfer

  async function openTransfer(pane) {
    transferFor = pane;
    var agents = await api('/agents');
    var select = $('transfer-agent');
    select.length = 1;
    agents.filter(function (a) { return String(a.id) !== main.dataset.me; }).forEach(function (a) {
      var option = document.createElement('option');
      option.value = a.id;
      option.textContent = a.name + ' (' + a.presence + ', ' + a.open + '/' + a.capacity + ')';
      select.appendChild(option);
    });
    $('transfer-error').textContent = '';
    $('transfer-dialog').showModal();
  }

  $('transfer-cancel').addEventListener('click', function () { $('transfer-dialog').close(); });
  $('transfer-form').addEventListener('submit', async function (event) {
    event.preventDefault();
    var agentId = $('transfer-agent').value;
    var teamId = $('transfer-team').value;
    try {
      await api('/conversations/' + transferFor.id + '/transfer', 'POST', {
        agentId: agentId ? Number(agentId) : null,
        teamId: agentId ? null : (teamId ? Number(teamId) : null),
        note: $('transfer-note').value
      });
      $('transfer-dialog').close();
      $('transfer-note').value = '';
      removePane(transferFor.id);
    } catch (e) {
      $('transfer-error').textContent = e.message;
    }
  });

  // ---- connection

  function connect() {
    client = new StompJs.Client({
      brokerURL: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/ws/agent',
      reconnectDelay: 1000,
      heartbeatIncoming: 25000,
      heartbeatOutgoing: 25000
    });
    client.onConnect = async function () {
      $('console-status').hidden = true;
      client.subscribe('/user/queue/chat', function (frame) {
        var event = JSON.parse(frame.body);
        if (event.type === 'assigned') { addPane(event.conversation); } else { removePane(event.conversation.id); }
      });
      client.subscribe('/topic/chat.queue', function () { loadQueue(); });
      panes.forEach(function (pane) { subscribe(pane); catchUp(pane); pane.pending.forEach(function (p, id) { publish(pane, id); }); });
      var mine = await api('/conversations');
      mine.forEach(addPane);
      loadQueue();
    };
    client.onWebSocketClose = function () { $('console-status').hidden = false; };
    client.activate();
  }

  loadPresence().then(connect);
})();
