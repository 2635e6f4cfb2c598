let x = 1; y = { z = 2; }; in { inherit /* c */ x /* d */; inherit /* e */ ( /* f */ y /* g */ ) /* h */ z; }
