-- Drives the SLA language server through Neovim's own LSP client (Neovim 0.7, as Debian ships
-- it), headless: `nvim --headless -u NONE -i NONE -c "luafile sla-client.lua"`. Reads
-- SLA_NODE, SLA_SERVER, SLA_FOLDER and SLA_RESULTS from the environment, writes what the
-- client saw as JSON to SLA_RESULTS and quits. Every step records its outcome; the test judges.
local results = { steps = {} }
local folder = os.getenv('SLA_FOLDER')

local function record(name, value)
    results[name] = value
    table.insert(results.steps, name)
end

local function finish()
    vim.fn.writefile({ vim.fn.json_encode(results) }, os.getenv('SLA_RESULTS'))
    vim.cmd('qa!')
end

local function code_of(diagnostic)
    return diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
end

local function codes(bufnr)
    local found = {}
    for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
        table.insert(found, code_of(diagnostic))
    end
    table.sort(found)
    return found
end

local function find(bufnr, text)
    for index, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
        local column = line:find(text, 1, true)
        if column then
            return { line = index - 1, character = column - 1 }
        end
    end
    error('not in the buffer: ' .. text)
end

local ok, failure = pcall(function()
    vim.cmd('edit ' .. folder .. '/support.sla')
    local bufnr = vim.api.nvim_get_current_buf()
    local uri = vim.uri_from_bufnr(bufnr)
    local client_id = vim.lsp.start_client({
        name = 'sla',
        cmd = { os.getenv('SLA_NODE'), os.getenv('SLA_SERVER'), '--stdio' },
        root_dir = folder,
    })
    vim.lsp.buf_attach_client(bufnr, client_id)
    local client = vim.lsp.get_client_by_id(client_id)

    -- Diagnostics, each with its code.
    vim.wait(30000, function() return #vim.diagnostic.get(bufnr) >= 2 end, 50)
    record('diagnostics', codes(bufnr))

    -- Hover on a mention of an imported term.
    local mention = find(bufnr, '[Business Day]')
    mention.character = mention.character + 3
    local hover = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = mention }, 10000, bufnr)
    record('hover', table.concat(vim.lsp.util.convert_input_to_markdown_lines(hover.result.contents), '\n'))

    -- Completion after `[Qual`, filtered and inserted as Neovim's omnifunc does.
    local description = find(bufnr, 'Answers within one')
    vim.api.nvim_buf_set_text(bufnr, description.line, description.character, description.line, description.character, { 'Sends [Qual' })
    local typed = { line = description.line, character = description.character + #'Sends [Qual' }
    vim.wait(500)
    local completion = client.request_sync('textDocument/completion', { textDocument = { uri = uri }, position = typed }, 10000, bufnr)
    local line = vim.api.nvim_buf_get_lines(bufnr, typed.line, typed.line + 1, false)[1]
    -- The omnifunc's start: the keyword characters before the cursor.
    local start = vim.fn.match(line:sub(1, typed.character), '\\k*$')
    local prefix = line:sub(start + 1, typed.character)
    local items = vim.lsp.util.text_document_completion_list_to_complete_items(completion.result, prefix)
    local words = {}
    for _, item in ipairs(items) do
        table.insert(words, item.word)
    end
    record('completion', { prefix = prefix, words = words })
    if #items > 0 then
        -- What accepting the first item leaves in the line: the word replaces the prefix.
        record('completed', line:sub(1, start) .. items[1].word .. line:sub(typed.character + 1))
    end
    vim.api.nvim_buf_set_text(bufnr, description.line, description.character, description.line, description.character + #'Sends [Qual', { '' })

    -- A quick-fix that clears its diagnostic.
    vim.wait(30000, function() return vim.tbl_contains(codes(bufnr), 'undefined-term') end, 50)
    local undefined
    for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
        if code_of(diagnostic) == 'undefined-term' then undefined = diagnostic end
    end
    local range = { start = { line = undefined.lnum, character = undefined.col }, ['end'] = { line = undefined.end_lnum, character = undefined.end_col } }
    -- The line's diagnostics in LSP form, as `vim.lsp.buf.code_action()` sends them on 0.7.
    local line_diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, undefined.lnum)
    local actions = client.request_sync('textDocument/codeAction', { textDocument = { uri = uri }, range = range, context = { diagnostics = line_diagnostics } }, 10000, bufnr)
    local titles = {}
    local define
    for _, action in ipairs(actions.result or {}) do
        table.insert(titles, action.title)
        if not define and action.title:find('^Define') then define = action end
    end
    record('actions', titles)
    vim.lsp.util.apply_workspace_edit(define.edit, client.offset_encoding)
    vim.wait(30000, function() return not vim.tbl_contains(codes(bufnr), 'undefined-term') end, 50)
    record('after_fix', codes(bufnr))

    -- Rename a party: every reference follows.
    local party = find(bufnr, 'party Acme')
    party.character = party.character + #'party '
    local rename = client.request_sync('textDocument/rename', { textDocument = { uri = uri }, position = party, newName = 'Helpdesk' }, 10000, bufnr)
    vim.lsp.util.apply_workspace_edit(rename.result, client.offset_encoding)
    local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
    local _, helpdesks = text:gsub('Helpdesk', '')
    local _, acmes = text:gsub('Acme', '')
    record('rename', { helpdesk = helpdesks, acme = acmes })

    -- An emoji outside a string: the diagnostics still arrive (valid JSON) and name it whole.
    local last = vim.api.nvim_buf_line_count(bufnr)
    vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '🙂' })
    vim.wait(30000, function() return vim.tbl_contains(codes(bufnr), 'syntax-error') end, 50)
    local messages = {}
    for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
        if code_of(diagnostic) == 'syntax-error' then table.insert(messages, diagnostic.message) end
    end
    record('emoji', messages)
    vim.lsp.stop_client(client_id)
end)

if not ok then
    results.failure = tostring(failure)
end
finish()
