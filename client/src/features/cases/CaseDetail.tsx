import type { ClientCommand } from "@common/domain/commands.js";
import { EntityKind, fieldKey, type Case, type SeriesState } from "@common/domain/types.js";
import { LIMITS } from "@common/limits.js";
import { useT } from "../../i18n/useT.js";
import { otherEditorName } from "../../store/selectors.js";
import { useSync } from "../../sync/context.js";
import { EditableField } from "../../ui/EditableField.js";
import { EditScope } from "../../ui/permissions.js";
import { CaseLinks } from "./CaseLinks.js";
import { DateField, NumberField, PersonSelect } from "./inputs.js";
import { OrgSelect } from "../setup/PersonSelects.js";
import { MirrorList } from "./MirrorList.js";
import { NoteLists } from "./NoteLists.js";
import { StageCycle } from "./StageCycle.js";

type CaseChanges = Extract<ClientCommand, { type: "case.update" }>["changes"];

/** Every field of a case: the situation, its impact, both views, mirrors, look back and links. */
export function CaseDetail({ item, state, me }: { item: Case; state: SeriesState; me: string | null }) {
  const t = useT();
  const sync = useSync();
  const update = (changes: CaseChanges) => sync.send({ type: "case.update", caseId: item.id, changes });
  const editor = (field: string) => otherEditorName(state, fieldKey(EntityKind.case, item.id, field), me);
  return (
    <EditScope className="case-detail">
      <div data-testid="case-detail">
        <EditableField
          className="card-body"
          value={item.description}
          label={t("cases.field.description")}
          placeholder={t("cases.field.description.placeholder")}
          multiline
          maxLength={LIMITS.caseDescription}
          lastEditorName={editor("description")}
          onCommit={(description) => update({ description })}
        />
        <div className="case-facts">
          <PersonSelect
            label={t("cases.field.presenter")}
            people={state.people}
            value={item.presenterId}
            onChange={(presenterId) => update({ presenterId })}
          />
          <OrgSelect
            label={t("cases.field.org")}
            orgs={state.orgs}
            value={item.orgId}
            onChange={(orgId) => update({ orgId })}
          />
          <DateField
            label={t("cases.field.happenedOn")}
            value={item.happenedOn}
            onCommit={(happenedOn) => update({ happenedOn })}
          />
        </div>
        <div className="case-situation">
          <StageCycle value={item.stage} onChange={(stage) => update({ stage })} />
          <div className="case-impact" role="group" aria-label={t("cases.impact.title")}>
            <h4 className="case-section-title">{t("cases.impact.title")}</h4>
            <NumberField
              label={t("cases.field.marginImpact")}
              value={item.marginImpact}
              placeholder={t("cases.field.marginImpact.placeholder")}
              testId="case-margin"
              onCommit={(marginImpact) => update({ marginImpact })}
            />
            <NumberField
              label={t("cases.field.delayDays")}
              value={item.delayDays}
              testId="case-delay"
              onCommit={(delayDays) => update({ delayDays })}
            />
            <span className="field">
              <span className="form-label">{t("cases.field.customer")}</span>
              <EditableField
                value={item.customer}
                label={t("cases.field.customer")}
                placeholder={t("cases.field.customer.placeholder")}
                maxLength={LIMITS.customer}
                lastEditorName={editor("customer")}
                onCommit={(customer) => update({ customer })}
              />
            </span>
          </div>
        </div>
        <div className="case-views">
          <section className="case-view case-view-sales" aria-label={t("cases.field.salesView")}>
            <h4 className="case-section-title">{t("cases.field.salesView")}</h4>
            <EditableField
              value={item.salesView}
              label={t("cases.field.salesView")}
              placeholder={t("cases.field.salesView.placeholder")}
              multiline
              maxLength={LIMITS.view}
              lastEditorName={editor("salesView")}
              onCommit={(salesView) => update({ salesView })}
            />
          </section>
          <section className="case-view case-view-operations" aria-label={t("cases.field.operationsView")}>
            <h4 className="case-section-title">{t("cases.field.operationsView")}</h4>
            <EditableField
              value={item.operationsView}
              label={t("cases.field.operationsView")}
              placeholder={t("cases.field.operationsView.placeholder")}
              multiline
              maxLength={LIMITS.view}
              lastEditorName={editor("operationsView")}
              onCommit={(operationsView) => update({ operationsView })}
            />
          </section>
        </div>
        <MirrorList item={item} state={state} me={me} />
        <NoteLists item={item} state={state} />
        <CaseLinks item={item} state={state} />
      </div>
    </EditScope>
  );
}
