#!/usr/bin/env node
// Builds samples/CoopData.Explorer/Map/world.json: country outlines from Natural Earth (1:110m, public
// domain, via the npm package world-atlas), projected once with the Natural Earth projection and written
// as compact SVG path data, plus ISO 3166-1 alpha-2 codes and English names for the country filter.
// Run it only to refresh the committed file: node tools/world/build.mjs. The build and CI never need npm.
//
// The projection is fixed (no fitting), so the C# renderer places cities with the same formula:
//   x = translate[0] + scale * lambda * (0.8707 - 0.131979 p2 + p4 (-0.013791 + p4 (0.003971 p2 - 0.001529 p4)))
//   y = translate[1] - scale * phi * (1.007226 + p2 (0.015085 + p4 (-0.044475 + 0.028874 p2 - 0.005916 p4)))
// with lambda, phi in radians, p2 = phi^2, p4 = p2^2 (d3-geo's geoNaturalEarth1Raw).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const PACKAGES = ["world-atlas@2.0.2", "topojson-client@3.1.0", "d3-geo@3.1.2", "i18n-iso-countries@7.14.0"];
const WIDTH = 1000, SCALE = 180, NORTH = 84, SOUTH = -57, MARGIN = 4;

const repo = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = join(repo, "samples", "CoopData.Explorer", "Map", "world.json");

const work = mkdtempSync(join(tmpdir(), "coopdata-world-"));
try {
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "coopdata-world-build", private: true }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--save-exact", ...PACKAGES], { cwd: work, stdio: "inherit" });
  const require = createRequire(join(work, "package.json"));
  const load = (name) => import(pathToFileURL(require.resolve(name)).href);
  const topology = require("world-atlas/countries-110m.json");
  const { feature } = await load("topojson-client");
  const { geoNaturalEarth1, geoPath } = await load("d3-geo");
  const iso = require("i18n-iso-countries");
  iso.registerLocale(require("i18n-iso-countries/langs/en.json"));

  // Place lat NORTH at the top (plus a margin); crop below SOUTH, so Antarctica is left out.
  const probe = geoNaturalEarth1().scale(SCALE).translate([WIDTH / 2, 0]);
  const top = probe([0, NORTH])[1], bottom = probe([0, SOUTH])[1];
  const translate = [WIDTH / 2, Math.round((MARGIN - top) * 10) / 10];
  const height = Math.ceil(bottom - top + 2 * MARGIN);
  const projection = geoNaturalEarth1().scale(SCALE).translate(translate);

  // A path context writing relative commands with one decimal: about a tenth of a pixel at 1000 px wide.
  function compactPath(geometry) {
    let d = "", px = 0, py = 0, ring = [];
    const r = (v) => Math.round(v * 10);
    const num = (v) => (v / 10).toString().replace(/^(-?)0\./, "$1.");
    const flush = () => {
      const pts = ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1][0] || p[1] !== ring[i - 1][1]);
      ring = [];
      if (pts.length < 3) return;
      d += "M" + num(pts[0][0]) + " " + num(pts[0][1]);
      px = pts[0][0]; py = pts[0][1];
      let seq = "";
      for (const [x, y] of pts.slice(1)) {
        const dx = x - px, dy = y - py;
        const a = num(dx), b = num(dy);
        seq += (seq === "" ? "" : (a.startsWith("-") ? "" : " ")) + a + (b.startsWith("-") ? "" : " ") + b;
        px = x; py = y;
      }
      d += "l" + seq + "z";
    };
    geoPath(projection, {
      moveTo(x, y) { flush(); ring.push([r(x), r(y)]); },
      lineTo(x, y) { ring.push([r(x), r(y)]); },
      closePath() { flush(); },
      arc() {},
    })(geometry);
    flush();
    return d;
  }

  const countries = feature(topology, topology.objects.countries).features
    .filter((f) => f.id !== "010") // Antarctica: below the cropped edge
    .map((f) => ({
      code: f.id ? (iso.numericToAlpha2(f.id) ?? "") : (f.properties.name === "Kosovo" ? "XK" : ""),
      name: f.properties.name,
      d: compactPath(f),
    }))
    .filter((c) => c.d.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name, "en"));

  // Natural Earth's short names ("Laos", "South Korea") where there is a shape, ISO's official names elsewhere.
  const all = { ...iso.getNames("en", { select: "official" }), XK: "Kosovo", ZZ: "Unknown" };
  for (const c of countries) if (c.code) all[c.code] = c.name;
  const names = Object.fromEntries(Object.entries(all).sort(([a], [b]) => (a < b ? -1 : 1)));

  const world = {
    source: "Natural Earth 1:110m countries (public domain) via npm world-atlas@2.0.2; names: i18n-iso-countries@7.14.0 (MIT)",
    projection: "naturalEarth1",
    scale: SCALE,
    translate,
    width: WIDTH,
    height,
    countries,
    names,
  };
  writeFileSync(out, JSON.stringify(world) + "\n");
  console.log(`wrote ${out}: ${countries.length} countries, ${readFileSync(out).length} bytes, ${WIDTH}x${height}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
