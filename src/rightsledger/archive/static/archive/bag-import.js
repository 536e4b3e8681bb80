/* The "Import a case from a bag" form: a file over the limit is named as soon as it is chosen,
   and the browser does not send it (the server would refuse it too, but only once received). */
(function () {
  "use strict";

  function init() {
    var input = document.querySelector("#bag-import-form input[data-max-bytes]");
    if (!input) { return; }
    var limit = Number(input.getAttribute("data-max-bytes"));
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      input.setCustomValidity(file && file.size > limit ? input.getAttribute("data-too-large") : "");
      input.reportValidity();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
