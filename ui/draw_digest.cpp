#include "ui/draw_digest.h"

#include <cstdint>
#include <cstring>

namespace khiw::ui {
namespace {

// Each step is a bijection of the running value (an xor, a multiplication by an odd number, an xor-shift),
// so two inputs that differ in one word never give the same result.
std::uint64_t mix(std::uint64_t h, std::uint64_t word) {
  h ^= word;
  h *= 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 32);
}

std::uint64_t load_word(const unsigned char* bytes, std::size_t size = 8) {
  std::uint64_t word = 0;
  std::memcpy(&word, bytes, size);
  return word;
}

class Digest {
 public:
  void add(std::uint64_t word) { h_ = mix(h_, word); }
  void add(float f) {
    std::uint32_t bits = 0;
    std::memcpy(&bits, &f, sizeof bits);
    add(std::uint64_t{bits});
  }
  void add(ImVec2 v) {
    add(v.x);
    add(v.y);
  }
  template <typename Pointer>
  void add_pointer(Pointer p) {
    add(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(p)));
  }
  // The bytes' length, then the bytes (the vertex and index buffers, most of a frame's data: 1.7 MB on the
  // map). Four words at a time into four lanes, which the processor mixes side by side, then the lanes.
  void add_bytes(const void* data, std::size_t size) {
    add(std::uint64_t{size});
    const auto* bytes = static_cast<const unsigned char*>(data);
    std::uint64_t lanes[4] = {h_, h_ + 1, h_ + 2, h_ + 3};
    std::size_t i = 0;
    for (; i + 32 <= size; i += 32)
      for (int k = 0; k < 4; ++k) lanes[k] = mix(lanes[k], load_word(bytes + i + 8 * k));
    for (; i + 8 <= size; i += 8) lanes[0] = mix(lanes[0], load_word(bytes + i));
    if (i < size) lanes[0] = mix(lanes[0], load_word(bytes + i, size - i));
    for (std::uint64_t lane : lanes) add(lane);
  }
  std::uint64_t value() const { return h_; }

 private:
  std::uint64_t h_ = 0xCBF29CE484222325ull;
};

}  // namespace

std::uint64_t draw_digest(const ImDrawData& data) {
  Digest d;
  d.add(data.DisplayPos);
  d.add(data.DisplaySize);
  d.add(data.FramebufferScale);
  d.add(std::uint64_t(data.CmdListsCount));
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    d.add(std::uint64_t(list.CmdBuffer.Size));
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      d.add(cmd.ClipRect.x);
      d.add(cmd.ClipRect.y);
      d.add(cmd.ClipRect.z);
      d.add(cmd.ClipRect.w);
      d.add_pointer(cmd.TextureId);
      d.add(std::uint64_t(cmd.VtxOffset));
      d.add(std::uint64_t(cmd.IdxOffset));
      d.add(std::uint64_t(cmd.ElemCount));
      d.add_pointer(cmd.UserCallback);
      d.add_pointer(cmd.UserCallbackData);
    }
    d.add_bytes(list.IdxBuffer.Data, list.IdxBuffer.size_in_bytes());
    d.add_bytes(list.VtxBuffer.Data, list.VtxBuffer.size_in_bytes());
  }
  return d.value();
}

}  // namespace khiw::ui
