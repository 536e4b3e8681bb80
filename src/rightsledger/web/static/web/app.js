/* Progressive enhancement for Rightsledger's pages. Everything works without it. */
(function () {
  "use strict";

  /* Live validation: on leaving a changed field, the form is sent to its own URL with
     X-Validate-Only; the server runs the real write and rolls it back, and answers with the
     errors by field. Only fields the user has touched are updated. */
  function setupLiveValidation(form) {
    var touched = {};
    form.addEventListener("change", function (event) {
      var field = event.target;
      if (!field.name) { return; }
      touched[field.name] = true;
      var body = new FormData(form);
      fetch(form.getAttribute("action") || window.location.href, {
        method: "POST",
        body: body,
        headers: { "X-Validate-Only": "true" },
        credentials: "same-origin"
      }).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (answer) {
        if (!answer) { return; }
        Object.keys(touched).forEach(function (name) {
          var box = document.getElementById("err-" + name);
          var input = form.elements.namedItem(name);
          var messages = answer.errors[name] || [];
          if (box) { box.textContent = messages.join(" "); }
          if (input && input.setAttribute) {
            if (messages.length) { input.setAttribute("aria-invalid", "true"); }
            else { input.removeAttribute("aria-invalid"); }
          }
          if (box && box.parentElement) {
            box.parentElement.classList.toggle("has-error", messages.length > 0);
          }
        });
      }).catch(function () { /* the server validates again on submit */ });
    });
  }

  /* "Add another name": a copy of the formset's empty row, numbered. */
  function setupFormsetAdd(button) {
    var prefix = button.getAttribute("data-formset-add");
    var template = document.querySelector('template[data-formset-template="' + prefix + '"]');
    var rows = document.querySelector('[data-formset="' + prefix + '"]');
    var total = document.getElementById("id_" + prefix + "-TOTAL_FORMS");
    if (!template || !rows || !total) { return; }
    button.addEventListener("click", function () {
      var index = parseInt(total.value, 10);
      var html = template.innerHTML.replace(/__prefix__/g, String(index));
      var holder = document.createElement("div");
      holder.innerHTML = html;
      var row = holder.firstElementChild;
      rows.appendChild(row);
      total.value = String(index + 1);
      var first = row.querySelector("input:not([type=hidden]), select");
      if (first) { first.focus(); }
    });
  }

  /* Person picker: "Choose" fills the person-number field it belongs to. */
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-pick]") : null;
    if (!button) { return; }
    var input = document.getElementById(button.getAttribute("data-pick-target"));
    if (input) {
      input.value = button.getAttribute("data-pick");
      input.dispatchEvent(new Event("change", { bubbles: true }));
      input.focus();
    }
  });

  function init() {
    document.querySelectorAll("form[data-live-validate]").forEach(setupLiveValidation);
    document.querySelectorAll("[data-formset-add]").forEach(setupFormsetAdd);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else { init(); }
})();
