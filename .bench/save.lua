-- wrk script: each request saves one answer of a draft submission, as its respondent (HTTP Basic, as the API
-- takes it). Lines of the drafts file: "Basic <credentials>\t<submission id>". Respondents are shared out between
-- wrk's threads so no two threads write the same submission at once. Arguments: drafts file, questions file, number
-- of wrk threads, and optionally a pause in ms that each connection waits between its saves.
local threads = {}
function setup(thread)
  thread:set("number", #threads)
  table.insert(threads, thread)
end

function init(args)
  drafts, questions = {}, {}
  local line_no = 0
  for line in io.lines(args[1]) do
    local auth, submission = line:match("([^\t]+)\t([^\t]+)")
    if line_no % tonumber(args[3]) == number then
      table.insert(drafts, {auth, submission})
    end
    line_no = line_no + 1
  end
  for line in io.lines(args[2]) do table.insert(questions, line) end
  next_draft = 0
  pause = tonumber(args[4] or "0")
end

-- a respondent's pause between two saves (ms; 0 when not given): wrk times each request without it
function delay()
  return pause
end

function request()
  next_draft = next_draft % #drafts + 1
  local draft = drafts[next_draft]
  local body = '{"answers":{"' .. questions[math.random(#questions)] .. '":"'
      .. (math.random(2) == 1 and "yes" or "no") .. '"}}'
  return wrk.format("PUT", "/api/submissions/" .. draft[2] .. "/answers",
      {["Authorization"] = draft[1], ["Content-Type"] = "application/json"}, body)
end
