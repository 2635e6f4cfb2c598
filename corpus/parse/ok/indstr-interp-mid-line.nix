let v = "1.2"; in ''
  version = ${v};
  done
''
