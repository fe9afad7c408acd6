-- Headless Neovim (0.7 or later) as a real LSP client of `iotjob-lint server`: its built-in
-- client opens $IJL_FILE, the diagnostics it receives are written to $IJL_OUT as Neovim holds
-- them (0-based lines, byte columns: Neovim converts the server's UTF-16 positions itself),
-- then the buffer is fixed with an incremental change and the cleared list is written too.
local bin, file, out = os.getenv("IJL_BIN"), os.getenv("IJL_FILE"), os.getenv("IJL_OUT")
local lines = {}
local function dump(title, buf)
  table.insert(lines, title)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(lines, string.format("%d:%d-%d:%d %s %s %s: %s", d.lnum, d.col, d.end_lnum, d.end_col,
      vim.diagnostic.severity[d.severity], d.source, d.code, d.message))
  end
end

vim.cmd("edit " .. vim.fn.fnameescape(file))
local buf = vim.api.nvim_get_current_buf()
local client = vim.lsp.start_client({
  name = "iotjob-lint",
  cmd = { bin, "server" },
  root_dir = vim.fn.fnamemodify(file, ":p:h"),
  init_options = { now = "2026-11-27T00:00:00Z" },
})
vim.lsp.buf_attach_client(buf, client)

if vim.wait(20000, function() return #vim.diagnostic.get(buf) > 0 end, 20) then
  dump("opened:", buf)
  -- "snapshot" -> "SNAPSHOT": replace its 8 bytes after the opening quote
  local row, text = 1, vim.api.nvim_buf_get_lines(buf, 1, 2, true)[1]
  local col = text:find('"snapshot"', 1, true)
  vim.api.nvim_buf_set_text(buf, row, col, row, col + 8, { "SNAPSHOT" })
  if vim.wait(20000, function() return #vim.diagnostic.get(buf) == 0 end, 20) then
    dump("fixed:", buf)
  else
    table.insert(lines, "timed out waiting for the diagnostics to clear")
  end
else
  table.insert(lines, "timed out waiting for diagnostics")
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client) == nil end, 20)
vim.cmd("qall!")
