/**
 * Serving the add-on's HtmlService pages (sidebar, dialogs) in the playground: the real HTML, with a small
 * `google.script.run` / `google.script.host` in front of it that talks to the playground server, as Apps Script's
 * own client library talks to the script. Like the real one, it round-trips arguments and results through JSON and
 * calls the success or failure handler asynchronously.
 */

/** `frame` is 'sidebar' or the dialog's index: `google.script.host.close()` tells the page which one to close. */
export function shimScript(frame: string): string {
  return `<script>(function () {
  var FRAME = ${JSON.stringify(frame)};
  function tell(message) { try { window.parent.postMessage(Object.assign({ olap: true, frame: FRAME }, message), '*'); } catch (e) {} }
  function call(name, args, onSuccess, onFailure, userObject) {
    fetch('/api/run/' + encodeURIComponent(name), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ args: args, frame: FRAME })
    })
      .then(function (r) { return r.json(); })
      .then(function (reply) {
        tell({ type: 'ran', fn: name, version: reply.version, effects: reply.effects });
        if (reply.ok) { if (onSuccess) onSuccess(reply.value === undefined ? null : reply.value, userObject); }
        else if (onFailure) { var e = new Error(reply.error); e.name = 'ScriptError'; onFailure(e, userObject); }
      })
      .catch(function (error) { if (onFailure) onFailure(new Error('NetworkError: Connection failure due to HTTP 0'), userObject); });
  }
  function runner(onSuccess, onFailure, userObject) {
    var base = {
      withSuccessHandler: function (fn) { return runner(fn, onFailure, userObject); },
      withFailureHandler: function (fn) { return runner(onSuccess, fn, userObject); },
      withUserObject: function (o) { return runner(onSuccess, onFailure, o); }
    };
    return new Proxy(base, {
      get: function (target, name) {
        if (name in target) return target[name];
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () { call(name, JSON.parse(JSON.stringify(Array.prototype.slice.call(arguments))), onSuccess, onFailure, userObject); };
      }
    });
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(),
    host: {
      origin: location.origin,
      close: function () { tell({ type: 'close' }); },
      setHeight: function () {}, setWidth: function () {},
      editor: { focus: function () { tell({ type: 'focus-editor' }); } }
    },
    url: { getLocation: function (cb) { cb({ hash: '', parameter: {}, parameters: {} }); } },
    history: { push: function () {}, replace: function () {}, setChangeHandler: function () {} }
  };
})();</script>`;
}

/** Puts the shim before every script of the page, as Apps Script loads its client library first. */
export function withShim(html: string, frame: string): string {
  const shim = shimScript(frame);
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + shim + html.slice(head.index + head[0].length);
  const doctype = /<!doctype[^>]*>/i.exec(html);
  if (doctype) return html.slice(0, doctype.index + doctype[0].length) + shim + html.slice(doctype.index + doctype[0].length);
  return shim + html;
}
