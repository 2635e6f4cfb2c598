let vs = [ "" "0" "1" "1.0" "1.0a" "1.0pre" "1a" "a" "b" "pre" "1.b" "10" "9" "1..2" ]; in map (a: map (b: builtins.compareVersions a b) vs) vs
