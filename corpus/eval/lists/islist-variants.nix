[ (builtins.isList [ ]) (builtins.isList { }) (builtins.isList "[]") ]
