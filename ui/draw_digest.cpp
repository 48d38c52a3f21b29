#include "ui/draw_digest.h"

#include <cstdint>
#include <cstring>

namespace khiw::ui {
namespace {

class Digest {
 public:
  void add(std::uint64_t word) {
    h_ ^= word;
    h_ *= 0x9E3779B97F4A7C15ull;  // odd: multiplying by it is a bijection, as are the xors
    h_ ^= h_ >> 32;
  }
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
  // The bytes' length, then 8 at a time (the vertex and index buffers, most of a frame's data).
  void add_bytes(const void* data, std::size_t size) {
    add(std::uint64_t{size});
    const auto* bytes = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; i + 8 <= size; i += 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, bytes + i, 8);
      add(word);
    }
    if (i < size) {
      std::uint64_t tail = 0;
      std::memcpy(&tail, bytes + i, size - i);
      add(tail);
    }
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
