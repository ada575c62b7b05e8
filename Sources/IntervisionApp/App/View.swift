import IntervisionCore

/// Drawing: the state in, a canvas of cells out. Nothing here changes state or touches a terminal.
extension App {
    public static func view(_ state: AppState) -> Canvas {
        var canvas = Canvas(size: state.size)
        if state.isTooSmall {
            TooSmallView.draw(&canvas, state: state)
            return canvas
        }
        switch state.top {
        case .firstStart: FirstStartView.draw(&canvas, state: state)
        case .overview(let screen): OverviewView.draw(&canvas, screen: screen, state: state)
        case .group(let screen): GroupView.draw(&canvas, screen: screen, state: state)
        case .help(let screen): HelpView.draw(&canvas, screen: screen, state: state)
        case .settings(let screen): SettingsView.draw(&canvas, screen: screen, state: state)
        // MARK: - Yearly plan and exports (issue 5)
        case .planForm(let screen): PlanFormView.draw(&canvas, screen: screen, state: state)
        case .export(let screen):
            canvas = viewUnderneath(state)
            Chrome.drawStatusBar(&canvas, scope: .exportDialog, state: state)
            ExportView.draw(&canvas, screen: screen, state: state)
        case .newGroup(let screen):
            canvas = viewUnderneath(state)
            Chrome.drawStatusBar(&canvas, scope: .newGroupName, state: state)
            NewGroupView.draw(&canvas, screen: screen, state: state)
        // MARK: - Meetings and evaluation (issue 4)
        case .meetingForm(let form): MeetingFormView.draw(&canvas, form: form, state: state)
        case .memberForm(let form): MemberFormView.draw(&canvas, form: form, state: state)
        case .evaluationForm(let form): EvaluationFormView.draw(&canvas, form: form, state: state)
        // MARK: - Supervisor profile
        case .profileForm(let form): ProfileFormView.draw(&canvas, form: form, state: state)
        case .prompt(let prompt): canvas = PromptView.canvas(prompt, over: state)
        }
        return canvas
    }

    /// The breadcrumb for the header: one name per screen on the stack.
    static func trail(_ state: AppState) -> [String] {
        state.stack.map { screen in
            switch screen {
            case .firstStart: return Texts.text(.screenFirstStart, state.language)
            case .overview: return Texts.text(.screenOverview, state.language)
            case .group(let group): return state.content(of: group)?.group.name ?? Texts.text(.screenGroup, state.language)
            case .help: return Texts.text(.screenHelp, state.language)
            case .settings: return Texts.text(.screenSettings, state.language)
            // MARK: - Yearly plan and exports (issue 5)
            case .planForm(let form): return planFormTrail(form, state)
            case .export: return Texts.text(.screenExport, state.language)
            case .newGroup: return Texts.text(.screenNewGroup, state.language)
            // MARK: - Meetings and evaluation (issue 4)
            case .meetingForm(let form): return Texts.text(form.editing == nil ? .screenNewMeeting : .screenEditMeeting, state.language)
            case .memberForm(let form): return Texts.text(form.editing == nil ? .screenNewMember : .screenMember, state.language)
            case .evaluationForm: return Texts.text(.screenEvaluation, state.language)
            // MARK: - Supervisor profile
            case .profileForm: return Texts.text(.screenProfile, state.language)
            case .prompt: return ""  // a dialog is drawn over the screen below it, with that screen's trail
            }
        }
    }

    /// "Jaarplan" under the group's own screen; "<group> › Jaarplan" from the overview.
    static func planFormTrail(_ form: PlanFormScreen, _ state: AppState) -> String {
        let title = Texts.text(.screenPlanForm, state.language)
        let underGroup = state.stack.contains { if case .group(let g) = $0 { return g.groupID == form.groupID } else { return false } }
        guard !underGroup, let group = state.catalog.groups.first(where: { $0.id == form.groupID }) else { return title }
        return group.name + " › " + title
    }

    /// A dialog is drawn over the screen it was opened from.
    static func viewUnderneath(_ state: AppState) -> Canvas {
        var under = state
        under.stack.removeLast()
        under.message = nil
        return view(under)
    }
}

