#include "ui/draw_digest.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <functional>
#include <vector>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

using testing::state_on;

// The digest of `state`'s screen once ImGui's layout has settled (windows size themselves over two frames).
std::uint64_t settled_digest(testing::HeadlessUi& ui, const AppState& state) {
  for (int i = 0; i < 3; ++i) ui.frame(state);
  return ui::draw_digest(*ImGui::GetDrawData());
}

TEST(DrawDigest, AStillScreenKeepsItsDigest) {
  testing::HeadlessUi ui;
  const AppState s = state_on(Screen::Start);
  const std::uint64_t first = settled_digest(ui, s);
  ui.frame(s);
  EXPECT_EQ(ui::draw_digest(*ImGui::GetDrawData()), first);
}

TEST(DrawDigest, AnotherPictureHasAnotherDigest) {
  testing::HeadlessUi ui;
  AppState s = state_on(Screen::Start);
  const std::uint64_t thai = settled_digest(ui, s);
  s.lang = Lang::En;
  const std::uint64_t english = settled_digest(ui, s);
  EXPECT_NE(english, thai);
}

// Each thing the renderer reads, changed alone in a frame's draw data, changes the digest.
TEST(DrawDigest, CoversEverythingTheRendererReads) {
  testing::HeadlessUi ui;
  settled_digest(ui, state_on(Screen::Start));
  ImDrawData& data = *ImGui::GetDrawData();
  ImDrawList& list = *data.CmdLists[0];
  ASSERT_GT(list.VtxBuffer.Size, 10);
  // Buffers whose lengths are not whole 8-byte words: their last bytes are a tail of their own.
  if (list.VtxBuffer.Size % 2 == 0) list.VtxBuffer.push_back(list.VtxBuffer.back());
  if (list.IdxBuffer.Size % 4 == 0) list.IdxBuffer.push_back(list.IdxBuffer.back());
  const std::vector<std::function<void()>> changes = {
      [&] { list.VtxBuffer[list.VtxBuffer.Size - 1].col ^= 1; },  // in the buffer's tail
      [&] { list.VtxBuffer[0].pos.x += 1; },
      [&] { list.VtxBuffer[3].uv.y += 0.001f; },
      [&] { list.IdxBuffer[list.IdxBuffer.Size - 1] ^= 1; },  // in the buffer's tail
      [&] { list.CmdBuffer[0].ClipRect.w -= 1; },
      [&] { list.CmdBuffer[0].TextureId = reinterpret_cast<ImTextureID>(std::uintptr_t{7}); },
      [&] { list.CmdBuffer[0].ElemCount -= 3; },
      [&] { data.DisplaySize.y += 1; },
      [&] { data.FramebufferScale.x = 3; },
  };
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const std::uint64_t before = ui::draw_digest(data);
    changes[i]();
    EXPECT_NE(ui::draw_digest(data), before) << "change " << i;
  }
}

}  // namespace
}  // namespace khiw
