[ ("${./file.txt}" == "${./file.txt}") (builtins.typeOf "${./file.txt}") ]
