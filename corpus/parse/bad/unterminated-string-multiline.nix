{
  a = "abc
  def;
}
