builtins.fromTOML "﻿a = -nan\nb = 1e999\nc = [ -nan, 0x8000000000000000 ]"
