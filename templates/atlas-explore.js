/*
 * The "Explore" part of a figure page (docs/site.md): one control per parameter and the seed; the recipe's own Java
 * code, compiled to WebAssembly (atlas-engine.js), recomputes the figure in a worker and atlas-figure.js draws it.
 * Without JavaScript, or in a browser without WebAssembly GC, the page stays as built: the static SVG is the figure.
 * The shown variant lives in the address (?learningRate=0.1&seed=7) so that it can be shared; the command line and
 * the downloads are the shown variant's, made in the browser from the texts the JVM would write.
 */
(function () {
  "use strict";
  var root = document.getElementById("explore");
  if (!root || !window.AtlasEngine || !window.AtlasFigure || !window.URLSearchParams || !window.Blob) {
    return;
  }
  var id = root.getAttribute("data-recipe");
  var $ = function (name) { return document.getElementById(name); };
  var form = $("explore-form"), status = $("explore-status"), view = $("figure-view"), live = $("live-figure");
  var busySign = $("explore-busy"), stop = $("explore-stop"), command = $("explore-command");
  var copy = $("explore-copy"), downloads = $("explore-downloads");
  var DEBOUNCE_MS = 250, BUSY_AFTER_MS = 150, CANCEL_AFTER_MS = 300;
  var recipe = null, inputs = {}, names = [], drawing = null, shown = null;
  var busy = false, busySince = 0, queued = false, stopped = false, debounce = 0, busyTimer = 0, blobUrls = [];
  var results = 0;

  AtlasEngine.catalog().then(function (catalog) {
    recipe = catalog.recipes.filter(function (r) { return r.id === id; })[0];
    if (!recipe) {
      return;
    }
    buildForm();
    var ignored = readAddress();
    root.hidden = false;
    run(ignored);
  }, function (error) {
    root.hidden = false;
    state("unavailable");
    form.hidden = true;
    $("explore-actions").hidden = true;
    say("This browser cannot run the figure's code (" + error.message + "); the figure above is the default one. "
      + "Exploring needs WebAssembly GC: Chrome or Edge 119, Firefox 120, Safari 18.2 or newer.");
  });

  /* ---- controls ---- */

  function buildForm() {
    recipe.parameters.forEach(function (p) {
      addControl(p.name, p.kind, p["default"], p.choices);
    });
    /* only recipes with a seed of their own take one (render refuses --seed for the others) */
    if (recipe.seed !== null && recipe.seed !== undefined && !inputs.seed) {
      addControl("seed", "integer", String(recipe.seed));
    }
    form.addEventListener("submit", function (e) { e.preventDefault(); request(true); });
    $("explore-reset").addEventListener("click", resetAll);
    stop.addEventListener("click", function () { stopped = true; queued = false; AtlasEngine.cancel(); });
    copy.addEventListener("click", copyCommand);
  }

  function addControl(name, type, defaultText, choices) {
    var row = element("div", "explore-control");
    var label = element("label", "", name);
    var input = element(type === "choice" ? "select" : "input");
    input.id = label.htmlFor = "param-" + name;
    input.name = name;
    if (type === "choice") {
      choices.forEach(function (c) { input.appendChild(new Option(c, c)); });
      input.value = defaultText;
      input.addEventListener("change", function () { request(true); });
    } else if (type === "boolean") {
      input.type = "checkbox";
      input.checked = defaultText === "true";
      row.className += " explore-boolean";
      input.addEventListener("change", function () { request(true); });
    } else {
      input.type = "text";
      input.inputMode = type === "integer" ? "numeric" : "decimal";
      input.spellcheck = false;
      input.autocomplete = "off";
      input.value = defaultText;
      input.addEventListener("input", function () { request(false); });
      input.addEventListener("change", function () { request(true); });
      input.addEventListener("keydown", function (e) { stepOnArrow(e, input, type); });
    }
    var hint = element("span", "explore-default", "default " + defaultText);
    var message = element("span", "explore-message");
    message.id = "message-" + name;
    input.setAttribute("aria-describedby", message.id + " " + (hint.id = "default-" + name));
    row.appendChild(label);
    row.appendChild(input);
    row.appendChild(hint);
    row.appendChild(message);
    form.appendChild(row);
    inputs[name] = { input: input, message: message, row: row, type: type, defaultText: defaultText };
    names.push(name);
  }

  /* ArrowUp/ArrowDown change the last digit of a number (0.05 -> 0.06, 1e-3 -> 2e-3) or an integer by one. */
  function stepOnArrow(e, input, type) {
    if ((e.key !== "ArrowUp" && e.key !== "ArrowDown") || e.altKey || e.ctrlKey || e.metaKey) {
      return;
    }
    var next = stepText(input.value.trim(), e.key === "ArrowUp" ? 1 : -1, type === "integer");
    if (next !== null) {
      e.preventDefault();
      input.value = next;
      request(false);
    }
  }

  function stepText(text, direction, integer) {
    var m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
    if (!m || (m[2] + (m[3] || "")) === "" || (integer && (m[3] !== undefined || m[4] !== undefined))) {
      return null;
    }
    var fraction = m[3] || "";
    var digits = BigInt((m[1] === "-" ? "-" : "") + (m[2] + fraction).replace(/^0+(?=\d)/, "")) + BigInt(direction);
    var sign = digits < 0n ? "-" : "";
    var plain = (digits < 0n ? -digits : digits).toString().padStart(fraction.length + 1, "0");
    var whole = plain.slice(0, plain.length - fraction.length);
    var body = sign + whole + (m[3] !== undefined ? "." + plain.slice(whole.length) : "");
    return m[4] !== undefined ? body + "e" + m[4] : body;
  }

  function valueOf(name) {
    var input = inputs[name].input;
    return input.type === "checkbox" ? String(input.checked) : input.value.trim();
  }

  function setValue(name, text) {
    var input = inputs[name].input;
    if (input.type === "checkbox") {
      input.checked = text === "true";
    } else {
      input.value = text;
    }
  }

  /* The address holds what differs from the defaults; names the recipe does not have are reported. */
  function readAddress() {
    var ignored = [];
    new URLSearchParams(window.location.search).forEach(function (value, name) {
      if (inputs[name]) {
        setValue(name, value);
      } else {
        ignored.push(name);
      }
    });
    return ignored;
  }

  /* The parameters off their defaults, and the seed's text ("" for the recipe's own). */
  function snapshot() {
    var parameters = {}, seed = "";
    names.forEach(function (name) {
      var text = valueOf(name);
      inputs[name].row.classList.toggle("changed", text !== inputs[name].defaultText);
      if (name === "seed" && !recipe.parameters.some(function (p) { return p.name === "seed"; })) {
        seed = text === inputs.seed.defaultText ? "" : text;
      } else if (text !== inputs[name].defaultText) {
        parameters[name] = text;
      }
    });
    return { parameters: parameters, seed: seed, key: JSON.stringify([parameters, seed]) };
  }

  function resetAll() {
    names.forEach(function (name) { setValue(name, inputs[name].defaultText); });
    request(true);
  }

  /* ---- computing: one at a time; while one runs only the newest request waits, and a long run is cut short ---- */

  function request(now) {
    clearTimeout(debounce);
    if (now) {
      run([]);
    } else {
      debounce = setTimeout(function () { run([]); }, DEBOUNCE_MS);
    }
  }

  function run(ignored) {
    var wanted = snapshot();
    if (busy) {
      queued = true;
      if (performance.now() - busySince > CANCEL_AFTER_MS) {
        AtlasEngine.cancel();
      }
      return;
    }
    if (shown && shown.key === wanted.key && !hasMessages()) {
      return;
    }
    busy = true;
    queued = false;
    stopped = false;
    state("busy");
    busySince = performance.now();
    busyTimer = setTimeout(function () { showBusy(0); }, BUSY_AFTER_MS);
    AtlasEngine.compute(id, wanted.parameters, wanted.seed, { onProgress: function (p) {
      if (p.elapsedMs >= BUSY_AFTER_MS) {
        showBusy(p.elapsedMs);
      }
    } }).then(function (result) {
      settle();
      if (queued) {
        run([]);
      } else if (result.cancelled) {
        state("stopped");
        say(stopped ? "Stopped. " + lastGood() : "");
      } else if (result.error !== undefined) {
        showError(result.error);
      } else {
        show(result, wanted, performance.now() - busySince, ignored);
      }
    }, function (error) {
      settle();
      state("failed");
      say("The computation failed: " + error.message + ". " + lastGood());
    });
  }

  function settle() {
    busy = false;
    clearTimeout(busyTimer);
    view.classList.remove("busy");
    busySign.hidden = true;
    stop.hidden = true;
  }

  function showBusy(elapsedMs) {
    view.classList.add("busy");
    busySign.hidden = false;
    busySign.textContent = "Computing… " + (elapsedMs / 1000).toFixed(1) + " s";
    stop.hidden = elapsedMs < CANCEL_AFTER_MS;
  }

  /* ---- results ---- */

  function show(result, wanted, millis, ignored) {
    var data = JSON.parse(result.data);
    try {
      if (drawing) {
        drawing.update(result.scene);
      } else {
        drawing = AtlasFigure.draw(live, result.scene, {});
        live.hidden = false;
        $("static-figure").hidden = true;
        $("explore-3d").hidden = !result.scene.panels.some(function (p) { return p.type === "surface"; });
      }
    } catch (e) {
      state("failed");
      say("The figure could not be drawn: " + e.message + ". " + lastGood());
      return;
    }
    clearMessages();
    shown = wanted;
    live.setAttribute("data-variant", wanted.key);
    $("figure-caption").textContent = data.caption;
    updateFacts(data);
    writeAddress(wanted);
    command.textContent = result.command;
    offerDownloads(result);
    $("explore-results").hidden = false;
    state("shown");
    say((ignored.length ? "Not parameters of " + id + ", ignored: " + ignored.join(", ") + ". " : "")
      + "Computed and drawn in your browser in " + Math.round(millis) + " ms.");
  }

  /* The message names the parameter ("parameter epochs ...", "unknown parameter 'x'", "... for the seed"). */
  function showError(message) {
    clearMessages();
    var named = names.filter(function (name) {
      return new RegExp("(parameter '?" + name + "\\b)|(\\b" + name + "\\b.*must)").test(message)
        || (name === "seed" && / the seed\b/.test(message));
    });
    named.forEach(function (name, i) {
      inputs[name].input.setAttribute("aria-invalid", "true");
      inputs[name].message.textContent = i === 0 ? message : "see " + named[0];
    });
    state("refused");
    say((named.length ? "Not drawn (see " + named[0] + "). " : "Not drawn: " + message + ". ") + lastGood());
  }

  function lastGood() {
    return drawing ? "The figure shows the last good variant." : "The figure shows the default variant.";
  }

  function hasMessages() {
    return names.some(function (name) { return inputs[name].message.textContent !== ""; });
  }

  function clearMessages() {
    names.forEach(function (name) {
      inputs[name].message.textContent = "";
      inputs[name].input.removeAttribute("aria-invalid");
    });
  }

  function say(text) {
    status.textContent = text;
  }

  /* What the part is doing, for styles and tests: busy, shown, refused (bad input), stopped, failed, unavailable;
     data-results counts the results settled so far. */
  function state(name) {
    if (name !== "busy") {
      root.setAttribute("data-results", String(++results));
    }
    root.setAttribute("data-state", name);
  }

  /* The facts, parameter and metric tables of the page show the drawn variant. */
  function updateFacts(data) {
    var seed = $("fact-seed");
    if (seed) {
      seed.textContent = data.seed === null ? "none" : String(data.seed);
    }
    fillTable("params-table", data.params, true);
    fillTable("metrics-table", data.metrics, false);
  }

  function fillTable(tableId, values, markChanged) {
    var table = $(tableId);
    if (!table || !values) {
      return;
    }
    Array.prototype.forEach.call(table.querySelectorAll("tr[data-name]"), function (row) {
      var name = row.getAttribute("data-name");
      if (Object.prototype.hasOwnProperty.call(values, name)) {
        row.cells[1].textContent = text(values[name]);
        if (markChanged) {
          row.classList.toggle("changed", row.cells[1].textContent !== row.cells[2].textContent);
        }
      }
    });
  }

  /* JSON.parse then String() prints a number as the data file does for the numbers it holds. */
  function text(value) {
    return value === null ? "null" : String(value);
  }

  function writeAddress(wanted) {
    var query = new URLSearchParams();
    Object.keys(wanted.parameters).forEach(function (name) { query.set(name, wanted.parameters[name]); });
    if (wanted.seed !== "") {
      query.set("seed", wanted.seed);
    }
    var search = query.toString();
    try {
      history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    } catch (e) {
      /* some browsers refuse it on file://: the variant still shows */
    }
  }

  function copyCommand() {
    var line = command.textContent;
    var done = function () { flash(copy, "Copied"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(line).then(done, function () { copyBySelection(done); });
    } else {
      copyBySelection(done);
    }
  }

  function copyBySelection(done) {
    var range = document.createRange();
    range.selectNodeContents(command);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (document.execCommand && document.execCommand("copy")) {
      done();
    } else {
      flash(copy, "Selected: press Ctrl+C");
    }
  }

  function flash(button, label) {
    button.textContent = label;
    setTimeout(function () { button.textContent = "Copy"; }, 2000);
  }

  function offerDownloads(result) {
    blobUrls.forEach(function (u) { URL.revokeObjectURL(u); });
    blobUrls = [];
    downloads.textContent = "";
    addDownload(id + ".json", result.data, "application/json", "data (JSON)");
    Object.keys(result.csv).forEach(function (series) {
      addDownload(id + "-" + series + ".csv", result.csv[series], "text/csv", "series " + series + " (CSV)");
    });
  }

  function addDownload(name, content, type, label) {
    var blob = new Blob([content], { type: type + ";charset=utf-8" });
    var url = URL.createObjectURL(blob);
    blobUrls.push(url);
    var link = element("a", "", label);
    link.href = url;
    link.download = name;
    var item = element("li");
    item.appendChild(link);
    item.appendChild(document.createTextNode(" "));
    item.appendChild(element("span", "size", size(blob.size)));
    downloads.appendChild(item);
  }

  /* As the site's own download list writes sizes: 812 B, 45 KB, 1.2 MB. */
  function size(bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return Math.round(bytes / 1024) + " KB";
    }
    var tenths = Math.round(bytes / (1024 * 1024) * 10);
    return Math.floor(tenths / 10) + "." + (tenths % 10) + " MB";
  }

  function element(tag, className, textContent) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (textContent !== undefined) {
      node.textContent = textContent;
    }
    return node;
  }
}());
