// Dear ImGui draw data → WebGL2 draws. See gl_renderer.h for why this is not imgui_impl_opengl3.
#include "shell/gl_renderer.h"

#include <GLES3/gl3.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

namespace khiw::shell {
namespace {

// The atlas is one byte of coverage per pixel (a quarter of RGBA's upload): white tinted by the vertex
// colour, as ImGui's RGBA atlas would give. highp: an atlas thousands of pixels wide needs it for its uvs.
constexpr const char* kVertexShader = R"(#version 300 es
uniform mat4 projection;
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
  frag_uv = uv;
  frag_colour = colour;
  gl_Position = projection * vec4(position, 0.0, 1.0);
})";
constexpr const char* kFragmentShader = R"(#version 300 es
precision highp float;
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_colour;
out vec4 out_colour;
void main() {
  out_colour = vec4(frag_colour.rgb, frag_colour.a * texture(atlas, frag_uv).r);
})";

struct Renderer {
  GLuint program = 0;
  GLint projection = -1;
  GLuint vao = 0, vertices = 0, indices = 0;
};
Renderer g;

// glGetShaderiv or glGetProgramiv asked whether compiling or linking worked (once, at start).
bool succeeded(void (*get)(GLuint, GLenum, GLint*), GLuint object, GLenum status) {
  GLint ok = GL_FALSE;
  get(object, status, &ok);
  return ok == GL_TRUE;
}

GLuint compile(GLenum type, const char* source) {
  const GLuint shader = glCreateShader(type);
  glShaderSource(shader, 1, &source, nullptr);
  glCompileShader(shader);
  if (succeeded(glGetShaderiv, shader, GL_COMPILE_STATUS)) return shader;
  glDeleteShader(shader);
  return 0;
}

GLuint link(GLuint vertex, GLuint fragment) {
  const GLuint program = glCreateProgram();
  glAttachShader(program, vertex);
  glAttachShader(program, fragment);
  glLinkProgram(program);
  glDeleteShader(vertex);  // freed with the program
  glDeleteShader(fragment);
  if (succeeded(glGetProgramiv, program, GL_LINK_STATUS)) return program;
  glDeleteProgram(program);
  return 0;
}

// The VAO keeps the attribute layout and the index buffer; vertex and index data are replaced in place.
void describe_vertices() {
  glBindVertexArray(g.vao);
  glBindBuffer(GL_ARRAY_BUFFER, g.vertices);
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.indices);
  constexpr GLsizei stride = sizeof(ImDrawVert);
  glEnableVertexAttribArray(0);
  glEnableVertexAttribArray(1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
  glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
  glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
}

// Everything a frame relies on, set without asking what was there: nothing else draws on this context.
void set_state(const ImDrawData& data, int fb_w, int fb_h) {
  glViewport(0, 0, fb_w, fb_h);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_CULL_FACE);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_SCISSOR_TEST);
  glUseProgram(g.program);
  glBindVertexArray(g.vao);
  glBindBuffer(GL_ARRAY_BUFFER, g.vertices);
  glActiveTexture(GL_TEXTURE0);  // the sampler uniform's default unit

  // Orthographic: DisplayPos at the top left, DisplayPos + DisplaySize at the bottom right.
  const float l = data.DisplayPos.x, r = data.DisplayPos.x + data.DisplaySize.x;
  const float t = data.DisplayPos.y, b = data.DisplayPos.y + data.DisplaySize.y;
  const float projection[16] = {
      2.0f / (r - l),    0.0f,              0.0f,  0.0f,  //
      0.0f,              2.0f / (t - b),    0.0f,  0.0f,  //
      0.0f,              0.0f,              -1.0f, 0.0f,  //
      (r + l) / (l - r), (t + b) / (b - t), 0.0f,  1.0f,
  };
  glUniformMatrix4fv(g.projection, 1, GL_FALSE, projection);
}

}  // namespace

bool gl_renderer_init() {
  const GLuint vertex = compile(GL_VERTEX_SHADER, kVertexShader);
  const GLuint fragment = compile(GL_FRAGMENT_SHADER, kFragmentShader);
  if (vertex == 0 || fragment == 0) {
    glDeleteShader(vertex);  // 0 is ignored
    glDeleteShader(fragment);
    return false;
  }
  g.program = link(vertex, fragment);
  if (g.program == 0) return false;
  g.projection = glGetUniformLocation(g.program, "projection");
  glGenVertexArrays(1, &g.vao);
  glGenBuffers(1, &g.vertices);
  glGenBuffers(1, &g.indices);
  describe_vertices();

  // No ImGuiBackendFlags_RendererHasVtxOffset: ImGui then keeps every draw list's vertices under 64K and
  // VtxOffset at 0, so 16-bit indices address a list's own buffer directly.
  ImGui::GetIO().BackendRendererName = "khiw_webgl2";
  return true;
}

void gl_renderer_upload_atlas(ImFontAtlas& atlas) {
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &width, &height);
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  // LINEAR, as ImGui's own backend: glyphs are drawn at whole pixels 1:1, so it blurs nothing.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);  // rows of single bytes
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
  atlas.SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture)));
  atlas.ClearTexData();  // the GPU has it; free the heap copy
}

void gl_renderer_render(const ImDrawData& data, const ImVec4& background) {
  const ImVec2 scale = data.FramebufferScale;
  const int fb_w = static_cast<int>(data.DisplaySize.x * scale.x);
  const int fb_h = static_cast<int>(data.DisplaySize.y * scale.y);
  if (fb_w <= 0 || fb_h <= 0) return;

  set_state(data, fb_w, fb_h);
  glScissor(0, 0, fb_w, fb_h);  // the scissor test is on: clear all of it
  glClearColor(background.x, background.y, background.z, background.w);
  glClear(GL_COLOR_BUFFER_BIT);

  ImTextureID bound = nullptr;
  for (int n = 0; n < data.CmdListsCount; ++n) {
    const ImDrawList& list = *data.CmdLists[n];
    glBufferData(GL_ARRAY_BUFFER, list.VtxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawVert)),
                 list.VtxBuffer.Data, GL_STREAM_DRAW);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, list.IdxBuffer.Size * static_cast<GLsizeiptr>(sizeof(ImDrawIdx)),
                 list.IdxBuffer.Data, GL_STREAM_DRAW);
    for (const ImDrawCmd& cmd : list.CmdBuffer) {
      if (cmd.UserCallback == ImDrawCallback_ResetRenderState) {
        set_state(data, fb_w, fb_h);
        bound = nullptr;
        continue;
      }
      if (cmd.UserCallback) {
        cmd.UserCallback(&list, &cmd);
        continue;
      }
      // The clip rectangle in framebuffer pixels, cut to the framebuffer; nothing to draw if empty.
      const float x0 = std::max((cmd.ClipRect.x - data.DisplayPos.x) * scale.x, 0.0f);
      const float y0 = std::max((cmd.ClipRect.y - data.DisplayPos.y) * scale.y, 0.0f);
      const float x1 = std::min((cmd.ClipRect.z - data.DisplayPos.x) * scale.x, static_cast<float>(fb_w));
      const float y1 = std::min((cmd.ClipRect.w - data.DisplayPos.y) * scale.y, static_cast<float>(fb_h));
      if (x1 <= x0 || y1 <= y0 || cmd.ElemCount == 0) continue;
      glScissor(static_cast<GLint>(x0), static_cast<GLint>(fb_h - y1), static_cast<GLsizei>(x1 - x0),
                static_cast<GLsizei>(y1 - y0));  // GL counts rows from the bottom
      if (cmd.GetTexID() != bound) {
        bound = cmd.GetTexID();
        glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(bound)));
      }
      glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                     sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                     reinterpret_cast<void*>(cmd.IdxOffset * sizeof(ImDrawIdx)));
    }
  }
}

}  // namespace khiw::shell
