/* The map of a case's places: Leaflet over country boundaries shipped with the project.
   No tile server is ever contacted: the base layer is a GeoJSON file served by this site. */
(function () {
  "use strict";

  function text(tag, value) {
    var element = document.createElement(tag);
    element.textContent = value;
    return element;
  }

  function popup(feature, labels) {
    var box = document.createElement("div");
    if (!feature.properties.events_url) {  // another app's point: its name links to its page
      var page = text("a", feature.properties.name);
      page.href = feature.properties.url;
      box.appendChild(page);
      return box;
    }
    box.appendChild(text("strong", feature.properties.name));
    box.appendChild(document.createElement("br"));
    var persons = text("a", labels.persons);
    persons.href = feature.properties.url;
    var events = text("a", labels.events);
    events.href = feature.properties.events_url;
    box.appendChild(persons);
    box.appendChild(document.createTextNode(" · "));
    box.appendChild(events);
    return box;
  }

  function init() {
    var element = document.getElementById("map");
    if (!element || typeof L === "undefined") { return; }
    var map = L.map(element, { worldCopyJump: true, attributionControl: true }).setView([20, 10], 2);
    map.attributionControl.setPrefix(false);
    // The countries sit in a pane below the markers, whichever of the two loads first.
    map.createPane("base");
    map.getPane("base").style.zIndex = 250;
    map.attributionControl.addAttribution("Natural Earth");
    var labels = {
      persons: element.getAttribute("data-label-persons"),
      events: element.getAttribute("data-label-events")
    };
    fetch(element.getAttribute("data-base-layer"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (world) {
        L.geoJSON(world, {
          pane: "base",
          interactive: false,
          style: { color: "#6b7280", weight: 0.8, fillColor: "#e5e7eb", fillOpacity: 1 }
        }).addTo(map);
        element.setAttribute("data-base-loaded", "true");
      });
    fetch(element.getAttribute("data-places"), { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (places) {
        var layer = L.geoJSON(places, {
          pointToLayer: function (feature, latlng) {
            return L.circleMarker(latlng, {
              radius: 7, color: "#7f1d1d", weight: 2, fillColor: "#dc2626", fillOpacity: 0.85
            });
          },
          onEachFeature: function (feature, marker) {
            marker.bindPopup(popup(feature, labels));
            // An element, not a string: Leaflet puts a string in as HTML, and a place's
            // name is whatever someone typed.
            marker.bindTooltip(text("span", feature.properties.name));
          }
        }).addTo(map);
        if (places.features.length) {
          map.fitBounds(layer.getBounds().pad(1), { maxZoom: 6 });
        }
        element.setAttribute("data-places-loaded", String(places.features.length));
      });
    // Another app's layer (burial sites), when the page names one: blue, each linked to its page.
    var extra = element.getAttribute("data-extra-layer");
    if (extra) {
      fetch(extra, { credentials: "same-origin" })
        .then(function (r) { return r.json(); })
        .then(function (layer) {
          L.geoJSON(layer, {
            filter: function (feature) { return feature.geometry.type === "Point"; },
            pointToLayer: function (feature, latlng) {
              return L.circleMarker(latlng, { radius: 6, color: "#1e3a8a", weight: 2,
                fillColor: "#3b82f6", fillOpacity: 0.9 });
            },
            onEachFeature: function (feature, marker) {
              marker.bindPopup(popup(feature, labels));
              marker.bindTooltip(text("span", feature.properties.name));
            }
          }).addTo(map);
          element.setAttribute("data-extra-loaded", String(layer.features.length));
        });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else { init(); }
})();
