// The statement-reading page: a draft's row and its words in the text light up together.
(function () {
  "use strict";
  function marks(number) {
    return document.querySelectorAll('[data-claim="' + number + '"]');
  }
  function light(number, on) {
    marks(number).forEach(function (element) { element.classList.toggle("active", on); });
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-claim]").forEach(function (element) {
      var number = element.getAttribute("data-claim");
      ["mouseenter", "focusin"].forEach(function (name) {
        element.addEventListener(name, function () { light(number, true); });
      });
      ["mouseleave", "focusout"].forEach(function (name) {
        element.addEventListener(name, function () { light(number, false); });
      });
      if (element.tagName === "MARK") {
        element.addEventListener("click", function () {
          var row = document.querySelector('tr[data-claim="' + number + '"] select');
          if (row) { row.focus(); }
        });
      }
    });
  });
})();
