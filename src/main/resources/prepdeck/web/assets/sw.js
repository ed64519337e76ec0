// prepdeck's service worker (issue 20): keeps the app's own files and the review page on the device, so the review
// page opens with no connection. It holds no one's answers: the offline window and the answers waiting to be sent are
// review.js's, in IndexedDB. The server fills in VERSION (a digest of the files below) and ASSETS when it serves this.
"use strict";

var VERSION = "__VERSION__";
var CACHE = "prepdeck-" + VERSION;
var ASSETS = ["__ASSETS__"];
var PAGE = "/review";

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // the review page may be refused (a session that ended, a device not paired): the files are cached anyway
    // (nor is a sign-in page the browser was sent to instead kept as the review page)
    return cache.addAll(ASSETS).then(function () {
      return fetch(PAGE).then(function (response) {
        if (response.ok && !response.redirected) return cache.put(PAGE, response);
      }).catch(function () {});
    });
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("prepdeck-") === 0 && n !== CACHE; })
        .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function offlinePage() {
  var html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
      + "<title>Offline · prepdeck</title><link rel=\"stylesheet\" href=\"/assets/app.css\"></head>"
      + "<body><main id=\"main\"><h1>You are offline</h1>"
      + "<p>This page needs the connection. <a href=\"/review\">Review</a> works offline with the cards this device keeps.</p>"
      + "</main></body></html>";
  return new Response(html, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": "default-src 'none'; style-src 'self'; base-uri 'none'; frame-ancestors 'none'" } });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.indexOf("/assets/") === 0) {
    // the files of this version: from the cache, which a new version replaces whole
    event.respondWith(caches.open(CACHE).then(function (cache) {
      return cache.match(request, { ignoreSearch: true }).then(function (hit) { return hit || fetch(request); });
    }));
    return;
  }
  if (request.mode !== "navigate") return; // the API goes to the network; review.js keeps what it needs
  if (url.pathname === PAGE) {
    // the network first, so the page is as fresh as the connection allows; the last good copy without it
    event.respondWith(fetch(request).then(function (response) {
      if (response.ok && response.type === "basic" && !response.redirected) {
        var copy = response.clone();
        caches.open(CACHE).then(function (cache) { return cache.put(request, copy); });
      }
      return response;
    }, function () {
      return caches.open(CACHE).then(function (cache) {
        return cache.match(request).then(function (hit) {
          return hit || cache.match(PAGE, { ignoreSearch: true });
        });
      }).then(function (hit) { return hit || offlinePage(); });
    }));
    return;
  }
  event.respondWith(fetch(request).catch(offlinePage));
});
