{
  script = ''
    echo hi
  '';
  other = ''x'';
}
