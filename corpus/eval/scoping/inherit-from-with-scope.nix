with { z = 9; }; { inherit z; }
