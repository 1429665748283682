// Storyline live story list: listens to /api/events and moves or inserts a story's row at the top of the list.
// No framework, no string evaluation, no HTML parsing: rows are built with DOM methods and textContent. The page works without it.
(function () {
  'use strict';
  var rows = document.getElementById('story-rows');
  if (!rows || typeof EventSource !== 'function') {
    return;
  }
  var indicator = document.getElementById('live');
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function pad(n) {
    return n < 10 ? '0' + n : String(n);
  }

  function timeCell(label, value) {
    var td = document.createElement('td');
    td.className = 'when';
    td.setAttribute('data-label', label);
    if (typeof value === 'string' && value) {
      var d = new Date(value);
      var t = document.createElement('time');
      t.setAttribute('datetime', value);
      t.textContent = isNaN(d.getTime()) ? value : d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] + ' ' +
        d.getUTCFullYear() + ' ' + pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
      td.appendChild(t);
    }
    return td;
  }

  function buildRow(story) {
    var tr = document.createElement('tr');
    tr.setAttribute('data-story-id', story.id);
    tr.className = 'fresh';
    var title = document.createElement('td');
    title.className = 'story';
    var a = document.createElement('a');
    a.href = '/stories/' + encodeURIComponent(story.id);
    a.textContent = story.headline ? String(story.headline) : '(story ' + story.id + ')';
    title.appendChild(a);
    tr.appendChild(title);
    var reports = document.createElement('td');
    reports.className = 'n';
    reports.setAttribute('data-label', 'Reports');
    reports.textContent = String(Number(story.reports) || 0);
    tr.appendChild(reports);
    var outlets = document.createElement('td');
    outlets.className = 'outlets';
    outlets.setAttribute('data-label', 'Outlets');
    var list = Array.isArray(story.outlets) ? story.outlets.map(String) : [];
    outlets.textContent = list.slice(0, 4).join(', ');
    if (list.length > 4) {
      var more = document.createElement('span');
      more.className = 'muted';
      more.textContent = ' +' + (list.length - 4);
      outlets.appendChild(more);
    }
    tr.appendChild(outlets);
    tr.appendChild(timeCell('First seen', story.firstSeen));
    tr.appendChild(timeCell('Last seen', story.lastSeen));
    return tr;
  }

  function existing(id) {
    var all = rows.querySelectorAll('tr[data-story-id]');
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute('data-story-id') === id) {
        return all[i];
      }
    }
    return null;
  }

  function setLive(on) {
    if (!indicator) {
      return;
    }
    indicator.hidden = false;
    indicator.textContent = on ? 'live' : 'reconnecting';
    indicator.className = on ? 'live on' : 'live off';
  }

  var source = new EventSource('/api/events');
  source.addEventListener('open', function () {
    setLive(true);
  });
  source.addEventListener('error', function () {
    setLive(false);
  });
  source.addEventListener('story', function (event) {
    var story;
    try {
      story = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (!story || typeof story.id !== 'string' || !story.id) {
      return;
    }
    setLive(true);
    var old = existing(story.id);
    var row = buildRow(story);
    if (old) {
      var entities = old.querySelector('.entities');
      if (entities) {
        row.firstChild.appendChild(entities);
      }
      old.parentNode.removeChild(old);
    }
    rows.insertBefore(row, rows.firstChild);
    var empty = document.querySelector('p.empty');
    if (empty) {
      empty.hidden = true;
    }
  });
})();
