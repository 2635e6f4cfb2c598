builtins.fetchTarball [ ]
