let throw = x: "caught ${x}"; in throw "y"
