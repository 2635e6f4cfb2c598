# String building: interpolation, concatenation, toString, stringLength, concatStringsSep.
let
  line = i: "item ${toString i}: ${toString (i * i)} (${if builtins.bitAnd i 1 == 0 then "even" else "odd"})";
  lines = builtins.genList line 240000;
  joined = builtins.concatStringsSep "\n" lines;
  grow = i: acc: if i == 0 then acc else grow (i - 1) (acc + "x${toString i}");
in builtins.stringLength joined + builtins.stringLength (grow 3000 "")
