#include "core/effects.h"

#include "core/compiled_once_impl.h"

namespace khiw {

template struct CompiledOnce<EffectVariant>;

}  // namespace khiw
