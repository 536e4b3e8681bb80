// Evidence uploads that survive a dropped connection: the file goes in pieces over the tus
// protocol (tus-js-client) to /api/evidence/uploads/, and an upload cut off is resumed from
// where the server says it stopped, also after the page was closed (the browser remembers
// the upload's address for this case and file). Without this script the form still works,
// as one ordinary request.
(function () {
  "use strict";
  const form = document.getElementById("evidence-upload");
  if (!form || !window.tus || !window.tus.isSupported) return;
  const progress = document.getElementById("upload-progress");
  const bar = progress.querySelector("progress");
  const said = progress.querySelector("output");
  const problem = document.getElementById("upload-error");
  const button = form.querySelector("button[type=submit]");
  let running = null;

  form.addEventListener("submit", function (event) {
    const file = form.elements.file.files[0];
    if (!file) return; // the browser asks for it
    event.preventDefault();
    if (running) return;
    problem.hidden = true;
    button.disabled = true;
    progress.hidden = false;
    const caseSlug = form.dataset.case;
    const upload = new window.tus.Upload(file, {
      endpoint: form.dataset.endpoint,
      chunkSize: Number(form.dataset.chunkSize) || Infinity,
      retryDelays: [0, 1000, 3000, 5000],
      metadata: {
        case: caseSlug,
        filename: file.name,
        description: form.elements.description.value,
        received_from: form.elements.received_from.value,
        purpose: "resumable upload through the web interface",
      },
      headers: { "X-CSRFToken": form.elements.csrfmiddlewaretoken.value },
      // One case's upload is never resumed into another case.
      fingerprint: function (f) {
        return Promise.resolve(
          ["rightsledger", caseSlug, f.name, f.type, f.size, f.lastModified].join("/")
        );
      },
      removeFingerprintOnSuccess: true,
      onProgress: function (sent, total) {
        const percent = total ? Math.floor((sent / total) * 100) : 0;
        bar.value = percent;
        said.textContent = percent + "%";
      },
      onError: function (error) {
        running = null;
        button.disabled = false;
        const reason = (error && error.originalResponse && error.originalResponse.getStatus())
          ? "HTTP " + error.originalResponse.getStatus()
          : String((error && error.message) || error).split("\n")[0];
        problem.textContent = form.dataset.failed.replace("%(error)s", reason);
        problem.hidden = false;
      },
      onSuccess: function () {
        window.location.assign(form.dataset.done);
      },
    });
    running = upload;
    upload.findPreviousUploads().then(function (previous) {
      if (previous.length) upload.resumeFromPreviousUpload(previous[0]);
      upload.start();
    });
  });
})();
