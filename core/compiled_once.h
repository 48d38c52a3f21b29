// CompiledOnce<std::variant<…>>: the variant, with its copy, move and destruction (jump tables over every
// alternative) compiled in the one file that explicitly instantiates it (compiled_once_impl.h), not again
// in each file that makes or passes one. Intent and Effect have over a hundred alternatives between them
// and are made in every screen, reducer and test: instantiated everywhere, they were most of the build.
#pragma once

namespace khiw {

template <class Variant>
struct CompiledOnce : Variant {
  using Variant::Variant;
  CompiledOnce() = default;
  CompiledOnce(const CompiledOnce&);
  CompiledOnce(CompiledOnce&&) noexcept;
  CompiledOnce& operator=(const CompiledOnce&);
  CompiledOnce& operator=(CompiledOnce&&) noexcept;
  ~CompiledOnce();
};

}  // namespace khiw
