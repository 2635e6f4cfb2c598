let a = "A"; b = "B"; in ''
    ${a}${b}
      ${a} ${b}
''
