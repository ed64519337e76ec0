// The review page: shows a card from /api/review/next, reveals its answer, posts the grade to
// /api/reviews and undoes with /api/reviews/{id}/undo. Keys: Space/Enter reveal, 1-4 grade, u undo,
// b bury until tomorrow, x suspend, f flag (POST /api/cards/{id}/marks).
// Every answer carries its own idempotency key, reused when it is retried, so a lost reply or a
// double press is stored once.
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
  function send(url, options, attempt) {
    attempt = attempt || 0;
    // server mode: a change carries the session's CSRF token (app.js reads it; single-user mode has none)
    var csrf = window.prepdeckCsrfToken && window.prepdeckCsrfToken();
    if (csrf && options.method && options.method !== "GET") options.headers = Object.assign({ "X-CSRF-Token": csrf }, options.headers);
    return fetch(url, options).then(function (response) {
      if (response.status >= 500 && attempt < 6) return sleep(250 * Math.pow(2, attempt)).then(function () { return send(url, options, attempt + 1); });
      return response;
    }, function (error) {
      if (attempt >= 6) throw error;
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
    var body = { card: current.card.id, rating: rating, idempotency_key: newKey(), duration_ms: Math.max(0, Date.now() - shownAt) };
    status.textContent = "Saving…";
    post("/api/reviews", body).then(json).then(function (receipt) {
      answered.push(receipt.review_id);
      return loadNext();
    }).catch(function (error) {
      busy = false;
      status.textContent = "Not saved: " + error.message;
    });
  }

  function undo() {
    if (busy || answered.length === 0) return;
    busy = true;
    var id = answered[answered.length - 1];
    post("/api/reviews/" + id + "/undo").then(json).then(function (receipt) {
      answered.pop();
      return loadCard(receipt.card);
    }).catch(function (error) {
      busy = false;
      status.textContent = "Could not undo: " + error.message;
    });
  }

  // b bury until tomorrow, x suspend: the card leaves the queue and the next one comes; f flags it and it stays.
  function mark(change) {
    if (!current || busy) return;
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

  loadNext();
})();
