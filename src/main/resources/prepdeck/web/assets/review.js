// The review page: shows a card from /api/review/next, reveals its answer, posts the grade to
// /api/reviews and undoes with /api/reviews/{id}/undo. Keys: Space/Enter reveal, 1-4 grade, u undo,
// b bury until tomorrow, x suspend, f flag (POST /api/cards/{id}/marks).
// Every answer carries its own idempotency key, reused when it is retried, so a lost reply or a
// double press is stored once.
// Offline (issue 20): the page keeps a window of the queue (GET /api/review/offline: the next days' due cards and
// today's new cards, each with the intervals the server's FSRS gives every grade) and every answer in IndexedDB. With
// no connection it asks the window's cards and keeps the answers, with their keys and the time they were given; when
// the connection returns it sends them, oldest first, and the server schedules each at its time. Nothing here schedules.
(function () {
  "use strict";

  var root = document.getElementById("review");
  if (!root) return;
  var topic = root.dataset.topic || "";
  var el = function (id) { return document.getElementById(id); };
  var card = el("review-card"), status = el("review-status"), done = el("review-done");
  var reveal = el("review-reveal"), answer = el("review-answer"), grades = el("review-grades"), undoButton = el("review-undo");

  var current = null;     // the card shown: the API's reply
  var shownAt = 0;        // when its prompt appeared, for duration_ms
  var busy = false;       // a request is on its way: keys wait
  var answered = [];      // review ids of this session's answers, latest last, for undo

  function newKey() {
    if (window.crypto && typeof window.crypto.randomUUID === "function") return window.crypto.randomUUID();
    // randomUUID needs a secure context; a phone on the LAN over plain http has only getRandomValues
    var b = window.crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  // A network failure or a 5xx is retried with the same request (and so the same key); a 4xx is final.
  function offlineError() {
    var e = new Error("no connection");
    e.offline = true;
    return e;
  }

  function send(url, options, attempt) {
    attempt = attempt || 0;
    if (navigator.onLine === false) return Promise.reject(offlineError());
    // server mode: a change carries the session's CSRF token (app.js reads it; single-user mode has none)
    var csrf = window.prepdeckCsrfToken && window.prepdeckCsrfToken();
    if (csrf && options.method && options.method !== "GET") options.headers = Object.assign({ "X-CSRF-Token": csrf }, options.headers);
    return fetch(url, options).then(function (response) {
      if (response.status >= 500 && attempt < 6) return sleep(250 * Math.pow(2, attempt)).then(function () { return send(url, options, attempt + 1); });
      return response;
    }, function (error) {
      if (attempt >= 3 || navigator.onLine === false) throw offlineError();
      status.textContent = "Connection lost, retrying…";
      return sleep(250 * Math.pow(2, attempt)).then(function () { return send(url, options, attempt + 1); });
    });
  }

  function json(response) {
    if (response.status === 204) return null;
    return response.json().then(function (body) {
      if (!response.ok) throw new Error(body && body.error ? body.error : "HTTP " + response.status);
      return body;
    });
  }

  function post(url, body) {
    return send(url, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body || {}) });
  }

  function fail(error) {
    busy = false;
    if (error && error.offline) return goOffline();
    status.textContent = "Could not reach prepdeck: " + error.message + ". Press the key again to retry.";
  }

  function loadNext() {
    busy = true;
    var url = "/api/review/next" + (topic ? "?topic=" + encodeURIComponent(topic) : "");
    return send(url, { headers: { Accept: "application/json" } }).then(json).then(show).catch(fail);
  }

  function loadCard(id) {
    busy = true;
    return send("/api/review/cards/" + id, { headers: { Accept: "application/json" } }).then(json).then(show).catch(fail);
  }

  function show(next) {
    busy = false;
    current = next;
    undoButton.disabled = answered.length === 0;
    if (!next) {
      card.hidden = true;
      done.hidden = false;
      status.textContent = answered.length ? answered.length + " answered this session." : "";
      return;
    }
    done.hidden = true;
    var c = next.card;
    el("review-prompt").textContent = c.prompt;
    el("review-prompt").lang = c.language;
    el("review-topic").textContent = c.topic;
    el("review-source").textContent = c.source + ":" + c.line;
    el("review-state").textContent = next.state;
    el("review-open").href = "/cards/" + c.id;
    el("review-flag-note").hidden = !next.flagged;
    var lying = el("review-lying");
    lying.hidden = !(next.lying_snippets && next.lying_snippets.length);
    lying.textContent = lying.hidden ? "" : "Warning: the last snippet check found that the expected output in your notes is not what "
        + (next.lying_snippets.length === 1 ? "this snippet prints" : "these snippets print") + " (line "
        + next.lying_snippets.join(", ") + "): do not trust it as the reference.";
    var stem = el("review-stem");
    stem.innerHTML = next.stem_html || ""; // rendered and sanitized by the server, as the answer is
    stem.lang = c.language;
    stem.hidden = !next.stem_html;
    var html = el("review-answer-html");
    html.innerHTML = next.answer_html; // rendered and sanitized by the server, as on the card page
    html.lang = c.language;
    var list = el("review-follow-ups");
    var items = list.querySelector("ul");
    items.textContent = "";
    (next.follow_up_cards || []).forEach(function (f) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "/cards/" + f.id;
      a.textContent = f.prompt;
      a.lang = c.language;
      li.appendChild(a);
      if (f.status === "gap") {
        var badge = document.createElement("span");
        badge.className = "badge status-gap";
        badge.textContent = "gap";
        li.appendChild(document.createTextNode(" "));
        li.appendChild(badge);
      }
      items.appendChild(li);
    });
    list.hidden = items.children.length === 0;
    grades.querySelectorAll(".grade").forEach(function (b) {
      b.querySelector(".grade-interval").textContent = next.interval_labels[b.dataset.rating];
      b.title = b.querySelector(".grade-name").textContent + ": back in " + next.interval_labels[b.dataset.rating];
    });
    answer.hidden = true;
    grades.hidden = true;
    reveal.hidden = false;
    card.hidden = false;
    card.dataset.card = c.id;
    status.textContent = next.due + " due · new today " + next.new_today + "/" + next.new_per_day
        + (answered.length ? " · " + answered.length + " answered" : "");
    shownAt = Date.now();
    reveal.focus({ preventScroll: true });
    if (window.hljs) [stem, html].forEach(function (root) {
      root.querySelectorAll('pre code[class*="language-"]').forEach(function (e) { window.hljs.highlightElement(e); });
    });
  }

  function showAnswer() {
    if (!current || busy || !answer.hidden) return;
    answer.hidden = false;
    grades.hidden = false;
    reveal.hidden = true;
    var good = grades.querySelector(".grade-3");
    if (good) good.focus({ preventScroll: true });
  }

  function grade(rating) {
    if (!current || busy || answer.hidden) return;
    busy = true;
    var record = { idempotency_key: newKey(), owner: kept ? kept.owner : "", topic: topic, card: current.card.id, rating: rating,
      duration_ms: Math.max(0, Date.now() - shownAt), answered_at: new Date().toISOString(), sent: false };
    if (!record.owner) unowned.push(record); // the window (which names the owner) is still on its way
    if (offline) {
      put("answers", record).then(function () {
        answers[record.idempotency_key] = record;
        answered.push({ key: record.idempotency_key });
        showOffline();
      }, function (error) {
        busy = false;
        status.textContent = "Could not keep the answer on this device: " + (error && error.message ? error.message : error);
      });
      return;
    }
    status.textContent = "Saving…";
    var body = { card: record.card, rating: rating, idempotency_key: record.idempotency_key, duration_ms: record.duration_ms };
    post("/api/reviews", body).then(json).then(function (receipt) {
      record.sent = true;
      record.review_id = receipt.review_id;
      remember(record); // so the window, if the connection goes, does not ask this card again
      answered.push({ review: receipt.review_id, key: record.idempotency_key });
      return loadNext();
    }).catch(function (error) {
      busy = false;
      if (!error.offline) {
        status.textContent = "Not saved: " + error.message;
        return;
      }
      // kept on the device with its key and time; sent when the connection returns (stored once even if it arrived)
      remember(record).then(function () {
        answered.push({ key: record.idempotency_key });
        goOffline();
      });
    });
  }

  function undo() {
    if (busy || answered.length === 0) return;
    var last = answered[answered.length - 1];
    var record = answers[last.key];
    if (record && !record.sent) {
      // an answer still on the device: forgotten here, never sent
      busy = true;
      drop(record).then(function () {
        answered.pop();
        showBanner();
        var entry = kept && kept.cards.filter(function (c) { return c.card.id === record.card; })[0];
        if (offline && entry) return showEntry(entry);
        return offline ? showOffline() : loadCard(record.card);
      });
      return;
    }
    if (offline) {
      status.textContent = "Undo of an answer already sent needs the connection.";
      return;
    }
    busy = true;
    var id = last.review || (record && record.review_id);
    post("/api/reviews/" + id + "/undo").then(json).then(function (receipt) {
      answered.pop();
      if (record) drop(record);
      return loadCard(receipt.card);
    }).catch(function (error) {
      busy = false;
      status.textContent = "Could not undo: " + error.message;
    });
  }

  // b bury until tomorrow, x suspend: the card leaves the queue and the next one comes; f flags it and it stays.
  function mark(change) {
    if (!current || busy) return;
    if (offline) {
      status.textContent = "Burying, suspending and flagging need the connection.";
      return;
    }
    busy = true;
    var id = current.card.id;
    post("/api/cards/" + id + "/marks", { change: change }).then(json).then(function (m) {
      if (change === "flag" || change === "unflag") {
        busy = false;
        current.flagged = m.flagged;
        el("review-flag-note").hidden = !m.flagged;
        status.textContent = m.flagged ? "Flagged: it is listed on its card page to fix." : "Flag removed.";
        return;
      }
      status.textContent = change === "bury" ? "Buried until tomorrow." : "Suspended: unsuspend it on its card page.";
      return loadNext();
    }).catch(function (error) {
      busy = false;
      status.textContent = "Not saved: " + error.message;
    });
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
    if (e.key === " " || e.key === "Enter") {
      if (current && answer.hidden) { e.preventDefault(); showAnswer(); }
      else if (e.key === " ") e.preventDefault();
      else if (!current) return;
      else e.preventDefault(); // Enter on a focused grade button must not grade twice
    } else if (e.key >= "1" && e.key <= "4") {
      e.preventDefault();
      grade(Number(e.key));
    } else if (e.key === "u" || e.key === "U") {
      e.preventDefault();
      undo();
    } else if (e.key === "b") {
      e.preventDefault();
      mark("bury");
    } else if (e.key === "x") {
      e.preventDefault();
      mark("suspend");
    } else if (e.key === "f") {
      e.preventDefault();
      mark(current && current.flagged ? "unflag" : "flag");
    }
  });

  reveal.addEventListener("click", showAnswer);
  el("review-prompt").addEventListener("click", showAnswer);
  grades.addEventListener("click", function (e) {
    var button = e.target.closest(".grade");
    if (button) grade(Number(button.dataset.rating));
  });
  undoButton.addEventListener("click", undo);
  el("review-bury").addEventListener("click", function () { mark("bury"); });
  el("review-suspend").addEventListener("click", function () { mark("suspend"); });
  el("review-flag").addEventListener("click", function () { mark(current && current.flagged ? "unflag" : "flag"); });
  var picker = el("review-topic-picker");
  if (picker) picker.addEventListener("change", function () { picker.form.submit(); });

  // ---- offline: the window and the answers on this device (IndexedDB works without a service worker too) ----

  var offline = false;
  var kept = null;      // the offline window for this topic: {owner, topic, fetched_at, new_allowed, cards}
  var answers = {};     // idempotency key -> answer kept on this device (sent or not)
  var flushing = null;
  var unowned = [];     // answers given on this page before any window told whose they are
  var banner = el("review-offline");

  var database = new Promise(function (resolve) {
    if (!window.indexedDB) return resolve(null);
    var open = window.indexedDB.open("prepdeck", 1);
    open.onupgradeneeded = function () {
      open.result.createObjectStore("windows", { keyPath: "topic" });
      open.result.createObjectStore("answers", { keyPath: "idempotency_key" });
    };
    open.onsuccess = function () { resolve(open.result); };
    open.onerror = function () { resolve(null); };
  });

  function request(storeName, mode, use) {
    return database.then(function (db) {
      if (!db) return undefined;
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(storeName, mode);
        var r = use(tx.objectStore(storeName));
        tx.oncomplete = function () { resolve(r && r.result); };
        tx.onerror = function () { reject(tx.error); };
      });
    });
  }
  function put(storeName, value) { return request(storeName, "readwrite", function (s) { return s.put(value); }); }
  function remember(record) { answers[record.idempotency_key] = record; return put("answers", record); }
  function drop(record) {
    delete answers[record.idempotency_key];
    return request("answers", "readwrite", function (s) { return s.delete(record.idempotency_key); });
  }

  function waiting() {
    return Object.keys(answers).map(function (k) { return answers[k]; }).filter(function (a) { return !a.sent && !a.refused; });
  }
  function refused() {
    return Object.keys(answers).map(function (k) { return answers[k]; }).filter(function (a) { return a.refused; });
  }

  function showBanner() {
    var n = waiting().length;
    var bad = refused();
    var text = offline ? "Offline: answers are kept on this device. " : "";
    if (n) text += n + (n === 1 ? " answer waits" : " answers wait") + " to be sent.";
    else if (offline) text += "None waits to be sent.";
    if (bad.length) text += " " + bad.length + " refused by prepdeck (" + bad[0].refused + ").";
    banner.textContent = text;
    banner.dataset.waiting = String(n);
    banner.classList.toggle("is-offline", offline);
    banner.hidden = !text;
  }

  // The window from the server when it can be reached (kept for later), else the last one kept.
  function loadWindow() {
    var fetchedAt = new Date().toISOString();
    var url = "/api/review/offline" + (topic ? "?topic=" + encodeURIComponent(topic) : "");
    var fresh = navigator.onLine === false ? Promise.reject(offlineError())
        : fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.json();
        });
    return fresh.then(function (w) {
      w.topic = topic;
      w.fetched_at = fetchedAt;
      kept = w;
      unowned.splice(0).forEach(function (a) {
        a.owner = w.owner;
        if (answers[a.idempotency_key]) remember(a);
      });
      // sent answers the new window already reflects are no longer needed here
      Object.keys(answers).forEach(function (k) {
        var a = answers[k];
        if (a.sent && a.answered_at < fetchedAt) drop(a);
      });
      return put("windows", w).then(function () { return true; });
    }, function () {
      return request("windows", "readonly", function (s) { return s.get(topic); }).then(function (w) {
        if (w) kept = w;
        return false;
      });
    });
  }

  // Sends the answers waiting, oldest first, one at a time (a card answered twice offline goes through FSRS in order).
  function flush() {
    if (flushing) return flushing;
    flushing = loadWindow().then(function (reached) {
      if (!reached) throw offlineError();
      var mine = waiting().filter(function (a) { return a.owner === kept.owner; })
          .sort(function (a, b) { return a.answered_at < b.answered_at ? -1 : a.answered_at > b.answered_at ? 1 : 0; });
      var sentAny = false;
      var chain = Promise.resolve();
      mine.forEach(function (a) {
        chain = chain.then(function () {
          var csrf = window.prepdeckCsrfToken && window.prepdeckCsrfToken();
          var headers = { "Content-Type": "application/json" };
          if (csrf) headers["X-CSRF-Token"] = csrf;
          return fetch("/api/reviews", { method: "POST", headers: headers, body: JSON.stringify({ card: a.card, rating: a.rating,
            idempotency_key: a.idempotency_key, duration_ms: a.duration_ms, answered_at: a.answered_at }) })
              .then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (body) {
                  if (response.ok) {
                    a.sent = true;
                    a.review_id = body.review_id;
                    sentAny = true;
                    return remember(a);
                  }
                  // signed out, refused by the guard, or the server in trouble: kept for the next try
                  if (response.status === 401 || response.status === 403 || response.status >= 500) throw new Error("HTTP " + response.status);
                  a.refused = body && body.error ? body.error : "HTTP " + response.status;
                  return remember(a);
                });
              }, function () { throw offlineError(); });
        });
      });
      return chain.then(function () { return sentAny ? loadWindow() : true; });
    }).then(function () {
      flushing = null;
      showBanner();
      return true;
    }, function () {
      flushing = null;
      showBanner();
      return false;
    });
    return flushing;
  }

  function goOffline() {
    busy = false;
    if (!offline) {
      offline = true;
      showBanner();
    }
    // the window may still be on its way (or coming from this device's copy)
    return windowLoaded.then(showOffline, showOffline);
  }

  function goOnline() {
    return flush().then(function (reached) {
      if (!reached) return;
      offline = false;
      showBanner();
      return loadNext();
    });
  }

  // The next card of the window: due by now in due order, then new ones within today's allowance.
  function offlineNext() {
    if (!kept) return null;
    var now = Date.now();
    var answeredCards = {};
    Object.keys(answers).forEach(function (k) {
      var a = answers[k];
      if (!a.sent || a.answered_at >= kept.fetched_at) answeredCards[a.card] = true;
    });
    var newUsed = kept.cards.filter(function (c) { return !c.due_at && answeredCards[c.card.id]; }).length;
    var left = 0, first = null, soon = null;
    kept.cards.forEach(function (c) {
      if (answeredCards[c.card.id]) return;
      var ready = c.due_at ? Date.parse(c.due_at) <= now : newUsed + left < kept.new_allowed;
      // as the server's queue does: a card in its steps due within 20 minutes, once nothing else is left
      if (!ready && c.reason === "learning" && Date.parse(c.due_at) <= now + 20 * 60000 && !soon) soon = c;
      if (!ready) return;
      left++;
      if (!first) first = c;
    });
    if (!first && soon) return { entry: soon, left: 1 };
    return first ? { entry: first, left: left } : null;
  }

  function showOffline() {
    busy = false;
    showBanner();
    var pick = offlineNext();
    if (!pick) {
      current = null;
      card.hidden = true;
      done.hidden = false;
      undoButton.disabled = answered.length === 0;
      status.textContent = (kept ? "Nothing more to practise offline; the rest comes when the connection returns."
          : "Offline, and this device keeps no cards yet: open the review page once with the connection.")
          + (answered.length ? " " + answered.length + " answered." : "");
      return;
    }
    showEntry(pick.entry, pick.left);
  }

  function showEntry(entry, left) {
    show(entry);
    if (left === undefined) left = (offlineNext() || { left: 1 }).left;
    status.textContent = "Offline · " + left + " to practise here" + (answered.length ? " · " + answered.length + " answered" : "");
  }

  window.addEventListener("online", function () { if (offline) goOnline(); });
  window.addEventListener("offline", function () { if (!offline && !busy) goOffline(); });
  // a connection can fail without the browser noticing (the laptop asleep): try again now and then
  setInterval(function () {
    if (offline && navigator.onLine !== false && !busy) goOnline();
    else if (!offline && waiting().length) flush();
  }, 15000);

  if (!window.isSecureContext) {
    var note = el("review-offline-note");
    if (note) note.hidden = false;
  }

  // The first card comes first; the window (up to 300 cards with their answers) follows in the background. Answers
  // still waiting from an earlier visit are sent before the first card, so it is asked from the state they made.
  var windowLoaded = Promise.resolve(false);
  request("answers", "readonly", function (s) { return s.getAll(); }).then(function (all) {
    (all || []).forEach(function (a) { answers[a.idempotency_key] = a; });
  }).catch(function () {}).then(function () {
    if (navigator.onLine === false) {
      windowLoaded = loadWindow();
      return goOffline();
    }
    if (waiting().length) {
      windowLoaded = flush();
      return windowLoaded.then(function (reached) { return reached ? loadNext() : goOffline(); });
    }
    windowLoaded = loadWindow();
    return loadNext();
  });
})();
