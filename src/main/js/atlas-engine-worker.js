// The engine's worker (atlas-engine.js starts it from a Blob URL, after TeaVM's runtime): turns the gzipped, base64
// module it is sent into bytes, instantiates it with TeaVM's runtime, then answers calls one at a time. Recipes run
// here, off the page's thread.
(() => {
  "use strict";
  let exports = null;

  async function moduleBytes(gzipBase64) {
    const text = atob(gzipBase64);
    const gzipped = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      gzipped[i] = text.charCodeAt(i);
    }
    const stream = new Blob([gzipped]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }

  async function start(gzipBase64) {
    const started = performance.now();
    const teavm = await TeaVM.wasmGC.load(await moduleBytes(gzipBase64));
    exports = teavm.exports;
    return performance.now() - started;
  }

  function call(name, args) {
    const started = performance.now();
    try {
      return {text: exports[name](...args), ms: performance.now() - started};
    } catch (e) {
      return {failure: name + " failed in the engine: " + (e && e.message ? e.message : String(e))};
    }
  }

  self.onmessage = async (event) => {
    const message = event.data;
    if (message.type === "start") {
      try {
        self.postMessage({type: "ready", ms: await start(message.module)});
      } catch (e) {
        self.postMessage({type: "unavailable", reason: String(e && e.message ? e.message : e)});
      }
    } else if (message.type === "call") {
      self.postMessage(Object.assign({type: "answer", id: message.id}, call(message.name, message.args)));
    }
  };
})();
