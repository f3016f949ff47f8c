/*
 * Roundtable's only script, and an optional one: every page works without it.
 * It keeps drafts of what students type, and shows new posts while a discussion is
 * open without moving what the reader is reading or touching what they are typing.
 */
(function () {
  'use strict';

  // ---------------------------------------------------------------- drafts
  // A draft is kept per form (answer, or reply to one post) in this browser only, and
  // only for the account that wrote it: signing out clears the drafts, and so does
  // another account signing in on the same device.
  var DRAFT = 'roundtable-draft:';
  var DRAFT_OWNER = 'roundtable-draft-owner';

  function draftKey(form) {
    var parent = form.querySelector('input[name=parentId]');
    return DRAFT + form.getAttribute('action') + ':' + (parent ? parent.value : 'answer');
  }

  function clearDrafts(storage) {
    var keys = [];
    for (var i = 0; i < storage.length; i++) {
      if (storage.key(i).indexOf(DRAFT) === 0) { keys.push(storage.key(i)); }
    }
    keys.forEach(function (key) { storage.removeItem(key); });
  }

  function keepDraftsToTheirOwner(storage) {
    var account = document.querySelector('[data-account]');
    if (account && storage.getItem(DRAFT_OWNER) !== account.getAttribute('data-account')) {
      clearDrafts(storage);
      storage.setItem(DRAFT_OWNER, account.getAttribute('data-account'));
    }
    document.querySelectorAll('form[action="/signout"]').forEach(function (form) {
      form.addEventListener('submit', function () {
        clearDrafts(storage);
        storage.removeItem(DRAFT_OWNER);
      });
    });
  }

  function keepDrafts() {
    var storage;
    try { storage = window.localStorage; } catch (e) { return; }
    if (!storage) { return; }
    keepDraftsToTheirOwner(storage);
    document.querySelectorAll('form.post-form').forEach(function (form) {
      var box = form.querySelector('textarea[name=body]');
      if (!box || box.readOnly) { return; }
      var key = draftKey(form);
      var sentKey = key + ':sent';
      var refused = document.querySelector('.error-summary, .field-error') !== null;
      if (storage.getItem(sentKey)) {
        // The last submit of this form came back: a success leaves no error on the page.
        storage.removeItem(sentKey);
        if (!refused) { storage.removeItem(key); }
      }
      var saved = storage.getItem(key);
      if (saved && box.value.trim() === '') {
        box.value = saved;
        var note = document.createElement('p');
        note.className = 'hint draft-note';
        note.textContent = roundtableWords('draft-restored');
        box.parentNode.insertBefore(note, box.nextSibling);
      }
      var timer;
      box.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          if (box.value.trim() === '') { storage.removeItem(key); } else { storage.setItem(key, box.value); }
        }, 300);
      });
      form.addEventListener('submit', function () {
        storage.setItem(key, box.value);
        storage.setItem(sentKey, '1');
      });
    });
  }

  // ---------------------------------------------------------------- live updates
  function fragment(html) {
    var template = document.createElement('template');
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  // The last element of a post's thread: replies follow their parent with a greater depth.
  function endOfThread(item) {
    var depth = parseInt(item.getAttribute('data-depth'), 10);
    var last = item;
    var next = item.nextElementSibling;
    while (next && parseInt(next.getAttribute('data-depth'), 10) > depth) {
      last = next;
      next = next.nextElementSibling;
    }
    return last;
  }

  // A notice in a live region, with a link that reloads the page.
  function announce(notice, text, linkText) {
    notice.textContent = '';
    var note = document.createElement('p');
    note.className = 'banner';
    note.appendChild(document.createTextNode(text + ' '));
    var link = document.createElement('a');
    link.href = window.location.pathname + window.location.search;
    link.textContent = linkText;
    note.appendChild(link);
    notice.appendChild(note);
  }

  // A stream the server refused for good (EventSource cannot tell why): ask once more.
  // Signed out (401) is said in the notice; too many open streams (429) stays quiet,
  // since the page works without its stream.
  function explainRefusal(source, url, notice) {
    source.addEventListener('error', function () {
      if (source.readyState !== EventSource.CLOSED || !window.fetch) { return; }
      fetch(url, { headers: { Accept: 'text/event-stream' }, credentials: 'same-origin', cache: 'no-store' })
        .then(function (response) {
          if (response.body) { response.body.cancel(); }
          if (response.status === 401) {
            announce(notice, roundtableWords('signed-out'), roundtableWords('sign-in-again'));
          }
        })
        .catch(function () { /* offline: nothing to say */ });
    });
  }

  function live() {
    var section = document.querySelector('[data-live]');
    if (!section || !window.EventSource) { return; }
    var list = section.querySelector('ol.thread');
    var notice = section.querySelector('.live-notice');
    var newest = section.getAttribute('data-sort') === 'newest';
    var waiting = [];

    function showWaiting() {
      notice.textContent = '';
      if (waiting.length === 0) { return; }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'button button-small live-show';
      button.textContent = roundtableWords('new-posts', waiting.length);
      button.addEventListener('click', function () {
        var shown = waiting.length;
        waiting.forEach(insert);
        waiting = [];
        notice.textContent = roundtableWords('posts-shown', shown);
      });
      notice.appendChild(button);
    }

    function insert(message) {
      if (document.getElementById('post-' + message.id)) { return; }
      var item = fragment(message.html);
      var parent = message.parent && document.getElementById('post-' + message.parent);
      if (parent) {
        var after = endOfThread(parent);
        after.parentNode.insertBefore(item, after.nextSibling);
      } else if (!message.parent) {
        if (newest) { list.insertBefore(item, list.firstElementChild); } else { list.appendChild(item); }
      }
    }

    // Replace what is shown of a post, keeping any reply form open beneath it.
    function update(existing, message) {
      var item = fragment(message.html);
      var fresh = item.querySelector('.post-content');
      var old = existing.querySelector('.post-content');
      existing.className = item.className;
      if (fresh && old) { old.replaceWith(fresh); }
    }

    var url = section.getAttribute('data-live');
    var source = new EventSource(url);
    explainRefusal(source, url, notice);
    // Marks the page while its stream is open (tests wait for it; styles may use it).
    source.addEventListener('open', function () { section.setAttribute('data-live-open', ''); });
    source.addEventListener('error', function () { section.removeAttribute('data-live-open'); });
    source.addEventListener('post', function (event) {
      var message = JSON.parse(event.data);
      var existing = document.getElementById('post-' + message.id);
      if (existing) {
        update(existing, message);
      } else if (message.visible) {
        waiting = waiting.filter(function (m) { return m.id !== message.id; });
        waiting.push(message);
        showWaiting();
      } else {
        waiting = waiting.filter(function (m) { return m.id !== message.id; });
        showWaiting();
      }
    });
    source.addEventListener('discussion', function () {
      announce(notice, roundtableWords('discussion-changed'), roundtableWords('reload-to-see'));
    });
    // The stream ends after this and opens again under the class's new settings.
    source.addEventListener('settings', function () {
      announce(notice, roundtableWords('settings-changed'), roundtableWords('reload-discussion'));
    });
  }

  function liveQueue() {
    var queue = document.querySelector('[data-live-queue]');
    if (!queue || !window.EventSource) { return; }
    var notice = queue.querySelector('.live-notice');
    var url = queue.getAttribute('data-live-queue');
    var source = new EventSource(url);
    explainRefusal(source, url, notice);
    source.addEventListener('queue', function () {
      notice.textContent = '';
      var link = document.createElement('a');
      link.href = window.location.pathname + window.location.search;
      link.className = 'button button-small';
      link.textContent = roundtableWords('queue-waiting');
      notice.appendChild(link);
    });
  }

  // ---------------------------------------------------------------- article review
  // "Split here" splits a section where the cursor last was in its text: the page sends it
  // as section:offset in a hidden field. Without this, the server splits at a typed
  // '## ' line, or before the last paragraph.
  function keepCaret() {
    var caret = document.getElementById('caret');
    if (!caret) { return; }
    document.querySelectorAll('textarea.review-body').forEach(function (box) {
      var note = function () {
        caret.value = box.getAttribute('data-section') + ':' + box.selectionStart;
      };
      ['click', 'keyup', 'select', 'focus'].forEach(function (type) { box.addEventListener(type, note); });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    keepCaret();
    keepDrafts();
    live();
    liveQueue();
  });
}());
