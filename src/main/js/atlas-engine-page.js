// The page's side of the engine: starts the worker from a Blob URL (Chromium refuses module workers and fetch() on
// file://, but runs a classic worker from a Blob URL), sends it the module, and turns its answers into promises.
// API (docs/browser-engine.md):
//   AtlasEngine.ready()                      -> Promise<{ms}>, rejected when this browser cannot run the engine
//   AtlasEngine.catalog()                    -> Promise<{recipes: [...]}>
//   AtlasEngine.compute(id, parameters, seedText, {onProgress}) -> Promise<{data, ms} | {error} | {cancelled: true}>
//   AtlasEngine.cancel()                     -> stops the running computation; pending ones settle as cancelled
const PROGRESS_EVERY_MS = 100;
let workerUrl = null;
let worker = null;
let started = null;
let nextId = 1;
const pending = new Map();

function startWorker() {
  if (!workerUrl) {
    workerUrl = URL.createObjectURL(new Blob([WORKER_SOURCE], {type: "text/javascript"}));
  }
  const current = new Worker(workerUrl);
  worker = current;
  started = new Promise((resolve, reject) => {
    current.onmessage = (event) => {
      const message = event.data;
      if (message.type === "ready") {
        resolve({ms: message.ms});
      } else if (message.type === "unavailable") {
        reject(new Error("the figure engine cannot run in this browser: " + message.reason));
      } else if (message.type === "answer") {
        settle(message.id, message);
      }
    };
    current.onerror = (event) => {
      event.preventDefault();
      reject(new Error("the figure engine's worker failed: " + (event.message || "no message")));
    };
  });
  started.catch(() => {});
  current.postMessage({type: "start", module: MODULE_GZIP_BASE64});
  return started;
}

function ready() {
  return started || startWorker();
}

function settle(id, answer) {
  const call = pending.get(id);
  if (call) {
    pending.delete(id);
    clearInterval(call.timer);
    call.settle(answer);
  }
}

function call(name, args, onProgress) {
  const id = nextId++;
  const since = performance.now();
  return new Promise((resolve, reject) => {
    const report = (phase) => onProgress && onProgress({phase, elapsedMs: performance.now() - since});
    const entry = {settle: resolve, timer: 0, phase: "starting"};
    entry.timer = onProgress ? setInterval(() => report(entry.phase), PROGRESS_EVERY_MS) : 0;
    pending.set(id, entry);
    report("starting");
    ready().then(() => {
      if (pending.has(id)) {
        entry.phase = "computing";
        report("computing");
        worker.postMessage({type: "call", id, name, args});
      }
    }, (error) => {
      pending.delete(id);
      clearInterval(entry.timer);
      reject(error);
    });
  }).then((answer) => {
    if (answer.failure) {
      throw new Error(answer.failure);
    }
    return answer;
  });
}

async function catalog() {
  const answer = await call("catalog", []);
  if (answer.cancelled) {
    throw new Error("the catalog was cancelled");
  }
  return JSON.parse(answer.text);
}

async function compute(id, parameters, seedText, options) {
  const texts = {};
  for (const [name, value] of Object.entries(parameters || {})) {
    texts[name] = String(value);
  }
  const onProgress = options && options.onProgress;
  const answer = await call("compute", [String(id), JSON.stringify(texts), String(seedText ?? "")], onProgress);
  if (answer.cancelled) {
    return {cancelled: true};
  }
  const result = JSON.parse(answer.text);
  if (result.data !== undefined) {
    result.ms = answer.ms;
  }
  return result;
}

function cancel() {
  if (!worker || pending.size === 0) {
    return;
  }
  worker.terminate();
  worker = null;
  started = null;
  for (const id of Array.from(pending.keys())) {
    settle(id, {cancelled: true});
  }
}

globalThis.AtlasEngine = Object.freeze({ready, catalog, compute, cancel});
