let s = { x = "v"; }; in "${s.x}-${({ y = "w"; }).y}"
