// A frame's picture reduced to 64 bits, so that a frame which would paint the same pixels as the last one
// painted is not painted at all: on a still screen the app still builds a frame when the clock's second
// turns, and painting it again kept a phone's GPU (in headless Chromium, a software GL) busy for nothing.
#pragma once
#include <imgui.h>

#include <cstdint>

namespace khiw::ui {

// Covers everything the renderer reads: the display's place, size and scale, and each draw list's
// commands (clip, texture, offsets, counts, callbacks), indices and vertices. Two frames that differ in one
// of these values alone always have different digests (each step of the mix is a bijection).
std::uint64_t draw_digest(const ImDrawData& data);

}  // namespace khiw::ui
