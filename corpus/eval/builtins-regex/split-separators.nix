[ (builtins.split "," "a,b,,c") (builtins.split ",+" "a,,b") (builtins.split "[[:space:]]+" " a  b ") ]
