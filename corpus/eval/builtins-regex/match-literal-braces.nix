[ (builtins.match "}" "}") (builtins.match "]" "]") (builtins.match "a}" "a}") ]
