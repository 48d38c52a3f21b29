// The definitions behind CompiledOnce (compiled_once.h): include only where the variant is explicitly
// instantiated (`template struct CompiledOnce<…>;`).
#pragma once
#include "core/compiled_once.h"

namespace khiw {

template <class V> CompiledOnce<V>::CompiledOnce(const CompiledOnce&) = default;
template <class V> CompiledOnce<V>::CompiledOnce(CompiledOnce&&) noexcept = default;
template <class V> CompiledOnce<V>& CompiledOnce<V>::operator=(const CompiledOnce&) = default;
template <class V> CompiledOnce<V>& CompiledOnce<V>::operator=(CompiledOnce&&) noexcept = default;
template <class V> CompiledOnce<V>::~CompiledOnce() = default;

}  // namespace khiw
