// Draws Dear ImGui's draw data with WebGL2. The app owns its context alone, so unlike Dear ImGui's generic
// OpenGL3 backend this renderer never reads GL state back (each glGet* is a slow trip through WebGL):
// it sets what it needs once per frame and uploads each draw list with one call per buffer.
#pragma once
#include <imgui.h>

namespace khiw::shell {

// Compiles the shaders and creates the buffers on the current GLES 3.0 (WebGL2) context, and tells ImGui
// who renders. False if the shaders do not build.
bool gl_renderer_init();
// Builds `atlas` (ImGui rasterises it here) into a texture of one byte per pixel (coverage) and gives the
// atlas the texture's id. For ImGui's own atlas, call after its fonts are added and before the first frame.
void gl_renderer_upload_atlas(ImFontAtlas& atlas);
// Clears the framebuffer to `background` and draws `data` over it.
void gl_renderer_render(const ImDrawData& data, const ImVec4& background);

}  // namespace khiw::shell
