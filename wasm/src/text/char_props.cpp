#include "text/char_props.h"

namespace aa::cp {

#include "../../data/char_props.inc"

}  // namespace aa::cp
