// Build step of the web bundle, run under node: the TrueType font cut down to what the app draws, so the
// compiled-in font downloads smaller. Keeps only the tables Dear ImGui's rasteriser (stb_truetype) reads
// (cmap glyf head hhea hmtx loca maxp: no hinting, layout or naming tables), drops each glyph's hinting
// instructions, and empties the outlines of glyphs no character in ui/glyph_ranges.h reaches. Glyph ids
// stay as they are, so cmap and hmtx need no change.   khiw_font_subset <in.ttf> <out.ttf>
#include <cstdint>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "ui/glyph_ranges.h"

namespace {

using Bytes = std::vector<std::uint8_t>;

std::uint32_t u16(const Bytes& b, size_t at) {
  if (at + 2 > b.size()) throw std::runtime_error("font truncated");
  return static_cast<std::uint32_t>(b[at] << 8 | b[at + 1]);
}
std::uint32_t u32(const Bytes& b, size_t at) { return u16(b, at) << 16 | u16(b, at + 2); }
void put16(Bytes& b, std::uint32_t v) {
  b.push_back(static_cast<std::uint8_t>(v >> 8));
  b.push_back(static_cast<std::uint8_t>(v));
}
void put32(Bytes& b, std::uint32_t v) {
  put16(b, v >> 16);
  put16(b, v & 0xFFFF);
}

std::map<std::string, Bytes> read_tables(const Bytes& font) {
  std::map<std::string, Bytes> tables;
  for (std::uint32_t i = 0, n = u16(font, 4); i < n; ++i) {
    const size_t rec = 12 + 16 * i;
    if (rec + 16 > font.size()) throw std::runtime_error("table directory truncated");
    const std::string tag(font.begin() + static_cast<long>(rec), font.begin() + static_cast<long>(rec + 4));
    const std::uint32_t offset = u32(font, rec + 8), length = u32(font, rec + 12);
    if (std::uint64_t{offset} + length > font.size()) throw std::runtime_error("table " + tag + " out of bounds");
    tables[tag] = Bytes(font.begin() + offset, font.begin() + offset + length);
  }
  return tables;
}

// Glyph ids of the characters in `ranges`, from the Windows Unicode BMP (format 4) cmap.
std::set<std::uint32_t> glyphs_for(const Bytes& cmap, const unsigned short* ranges) {
  for (std::uint32_t i = 0, n = u16(cmap, 2); i < n; ++i) {
    const std::uint32_t sub = u32(cmap, 4 + 8 * i + 4);
    if (u16(cmap, sub) != 4) continue;
    const std::uint32_t segs = u16(cmap, sub + 6) / 2;
    const size_t ends = sub + 14, starts = ends + 2 * segs + 2, deltas = starts + 2 * segs, offsets = deltas + 2 * segs;
    std::set<std::uint32_t> glyphs{0};  // .notdef stays
    for (const unsigned short* r = ranges; r[0]; r += 2)
      for (std::uint32_t cp = r[0]; cp <= r[1]; ++cp)
        for (std::uint32_t s = 0; s < segs; ++s) {
          if (cp > u16(cmap, ends + 2 * s) || cp < u16(cmap, starts + 2 * s)) continue;
          const std::uint32_t delta = u16(cmap, deltas + 2 * s), ro = u16(cmap, offsets + 2 * s);
          std::uint32_t g = ro == 0 ? cp : u16(cmap, offsets + 2 * s + ro + 2 * (cp - u16(cmap, starts + 2 * s)));
          if (ro != 0 && g == 0) break;
          glyphs.insert((g + delta) & 0xFFFF);
          break;
        }
    return glyphs;
  }
  throw std::runtime_error("no format 4 cmap");
}

// Walks the component records of the composite glyph starting at `glyph`: on_component(offset of the
// record's flags, component glyph id) for each; returns the offset just past the last record.
template <class OnComponent>
size_t walk_components(const Bytes& glyf, size_t glyph, OnComponent on_component) {
  constexpr std::uint32_t kWords = 0x1, kScale = 0x8, kMore = 0x20, kXyScale = 0x40, kTwoByTwo = 0x80;
  for (size_t at = glyph + 10;;) {
    const std::uint32_t flags = u16(glyf, at);
    on_component(at, u16(glyf, at + 2));
    at += 4 + ((flags & kWords) ? 4 : 2) + ((flags & kScale) ? 2 : (flags & kXyScale) ? 4 : (flags & kTwoByTwo) ? 8 : 0);
    if (!(flags & kMore)) return at;
  }
}

bool is_composite(const Bytes& glyf, size_t glyph) { return u16(glyf, glyph) >= 0x8000; }

// Adds the components of composite glyphs (accents built from other glyphs).
void add_components(const Bytes& glyf, const std::vector<std::uint32_t>& loca, std::set<std::uint32_t>& glyphs) {
  std::vector<std::uint32_t> todo(glyphs.begin(), glyphs.end());
  while (!todo.empty()) {
    const std::uint32_t g = todo.back();
    todo.pop_back();
    if (g + 1 >= loca.size() || loca[g] == loca[g + 1] || !is_composite(glyf, loca[g])) continue;
    walk_components(glyf, loca[g], [&](size_t, std::uint32_t component) {
      if (glyphs.insert(component).second) todo.push_back(component);
    });
  }
}

// The glyph without its TrueType hinting instructions, which stb_truetype never runs: over half of Loma's
// outline bytes, and they compress poorly.
Bytes without_hinting(const Bytes& glyf, size_t begin, size_t end) {
  Bytes g(glyf.begin() + static_cast<long>(begin), glyf.begin() + static_cast<long>(end));
  if (is_composite(g, 0)) {
    constexpr std::uint32_t kHasInstructions = 0x100;
    size_t last = 0;
    const size_t records_end = walk_components(g, 0, [&](size_t flags_at, std::uint32_t) { last = flags_at; });
    if (u16(g, last) & kHasInstructions) {
      g[last] &= static_cast<std::uint8_t>(~(kHasInstructions >> 8));
      g.resize(records_end);
    }
    return g;
  }
  const size_t length_at = 10 + 2 * size_t{u16(g, 0)};
  const size_t length = u16(g, length_at);
  if (length_at + 2 + length > g.size()) throw std::runtime_error("glyph instructions out of bounds");
  g.erase(g.begin() + static_cast<long>(length_at + 2), g.begin() + static_cast<long>(length_at + 2 + length));
  g[length_at] = g[length_at + 1] = 0;
  return g;
}

std::uint32_t checksum(const Bytes& t) {
  std::uint32_t sum = 0;
  for (size_t i = 0; i < t.size(); i += 4)
    for (size_t k = 0; k < 4; ++k) sum += static_cast<std::uint32_t>(i + k < t.size() ? t[i + k] : 0) << (24 - 8 * k);
  return sum;
}

Bytes subset(const Bytes& font) {
  std::map<std::string, Bytes> tables = read_tables(font);
  for (const char* need : {"cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp"})
    if (!tables.count(need)) throw std::runtime_error(std::string("missing table ") + need);
  Bytes& head = tables["head"];
  const bool long_loca = u16(head, 50) == 1;
  const std::uint32_t count = u16(tables["maxp"], 4);
  std::vector<std::uint32_t> loca;
  for (std::uint32_t i = 0; i <= count; ++i) {
    loca.push_back(long_loca ? u32(tables["loca"], 4 * i) : 2 * u16(tables["loca"], 2 * i));
    if (loca.back() > tables["glyf"].size() || (i > 0 && loca[i] < loca[i - 1]))
      throw std::runtime_error("loca out of order or past glyf");
  }

  std::set<std::uint32_t> keep = glyphs_for(tables["cmap"], khiw::ui::kTextRanges);
  add_components(tables["glyf"], loca, keep);

  Bytes glyf, new_loca;
  for (std::uint32_t g = 0; g < count; ++g) {
    put32(new_loca, static_cast<std::uint32_t>(glyf.size()));
    if (!keep.count(g)) continue;
    if (loca[g] == loca[g + 1]) continue;
    const Bytes outline = without_hinting(tables["glyf"], loca[g], loca[g + 1]);
    glyf.insert(glyf.end(), outline.begin(), outline.end());
    while (glyf.size() % 4) glyf.push_back(0);
  }
  put32(new_loca, static_cast<std::uint32_t>(glyf.size()));
  head[50] = 0;
  head[51] = 1;  // long loca offsets
  for (int i = 8; i < 12; ++i) head[i] = 0;  // checkSumAdjustment: nothing checks it here
  std::map<std::string, Bytes> out{{"cmap", tables["cmap"]}, {"glyf", glyf},          {"head", head},
                                   {"hhea", tables["hhea"]}, {"hmtx", tables["hmtx"]}, {"loca", new_loca},
                                   {"maxp", tables["maxp"]}};

  Bytes file;
  put32(file, 0x00010000);
  const std::uint32_t n = static_cast<std::uint32_t>(out.size());
  std::uint32_t power = 1, log2 = 0;
  while (power * 2 <= n) power *= 2, ++log2;
  put16(file, n);
  put16(file, power * 16);
  put16(file, log2);
  put16(file, n * 16 - power * 16);
  std::uint32_t offset = 12 + 16 * n;
  for (const auto& [tag, data] : out) {  // std::map: tags in the ascending order the format wants
    file.insert(file.end(), tag.begin(), tag.end());
    put32(file, checksum(data));
    put32(file, offset);
    put32(file, static_cast<std::uint32_t>(data.size()));
    offset += static_cast<std::uint32_t>((data.size() + 3) / 4 * 4);
  }
  for (const auto& [tag, data] : out) {
    file.insert(file.end(), data.begin(), data.end());
    while (file.size() % 4) file.push_back(0);
  }
  return file;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: khiw_font_subset <in.ttf> <out.ttf>\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const Bytes font{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  try {
    const Bytes out = subset(font);
    std::ofstream(argv[2], std::ios::binary).write(reinterpret_cast<const char*>(out.data()),
                                                   static_cast<std::streamsize>(out.size()));
    std::cout << "khiw_font_subset: " << font.size() << " -> " << out.size() << " bytes\n";
  } catch (const std::exception& e) {
    std::cerr << "khiw_font_subset: " << argv[1] << ": " << e.what() << "\n";
    return 1;
  }
  return 0;
}
