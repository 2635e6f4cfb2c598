let name = "world"; in "hello ${name}! ${toString 42} \${not} \n\t\"q\""
