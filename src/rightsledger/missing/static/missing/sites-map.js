/* The map of a case's burial sites: Leaflet over the country boundaries shipped with the
   project (no tile server is ever contacted). A site is a marker, its outline a polygon. */
(function () {
  "use strict";

  function popup(feature, label) {
    var box = document.createElement("div");
    var link = document.createElement("a");
    link.href = feature.properties.url;
    link.textContent = feature.properties.name;  // text, never HTML: names are typed by people
    box.appendChild(link);
    var line = document.createElement("div");
    line.textContent = feature.properties.kind + (feature.properties.status ? " · " +
      feature.properties.status : "") + " · " + feature.properties.remains + " " + label;
    box.appendChild(line);
    return box;
  }

  function init() {
    var element = document.getElementById("sites-map");
    if (!element || typeof L === "undefined") { return; }
    var map = L.map(element, { worldCopyJump: true }).setView([20, 10], 2);
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    map.createPane("base");
    map.getPane("base").style.zIndex = 250;
    var label = element.getAttribute("data-label-remains");
    fetch(element.getAttribute("data-base-layer"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (world) {
        L.geoJSON(world, { pane: "base", interactive: false,
          style: { color: "#6b7280", weight: 0.8, fillColor: "#e5e7eb", fillOpacity: 1 } }).addTo(map);
      });
    fetch(element.getAttribute("data-sites"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (sites) {
        var layer = L.geoJSON(sites, {
          style: { color: "#1e3a8a", weight: 2, fillOpacity: 0.15 },
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, { radius: 7, color: "#1e3a8a", weight: 2,
              fillColor: "#3b82f6", fillOpacity: 0.85 });
          },
          onEachFeature: function (feature, shape) {
            shape.bindPopup(popup(feature, label));
            var tip = document.createElement("span");
            tip.textContent = feature.properties.name;
            shape.bindTooltip(tip);
          }
        }).addTo(map);
        var points = sites.features.filter(function (f) { return !f.properties.outline; });
        if (points.length) { map.fitBounds(layer.getBounds().pad(1), { maxZoom: 12 }); }
        element.setAttribute("data-sites-loaded", String(points.length));
      });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else { init(); }
})();
