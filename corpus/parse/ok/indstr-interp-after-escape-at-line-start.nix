let y = "Y"; in ''
  ''${y}
  ${y}
''
