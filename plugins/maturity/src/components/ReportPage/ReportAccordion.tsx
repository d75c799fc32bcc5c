import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { ReactNode, useState } from 'react';

/** Props of {@link ReportAccordion}. */
export interface ReportAccordionProps {
  id: string;
  /** The heading shown on the summary bar. */
  heading: ReactNode;
  /** Forces the section open (expand all, printing). */
  forceOpen: boolean;
  children: ReactNode;
}

/**
 * A collapsed report section whose content is mounted only when open, so
 * that a report of a thousand entities stays responsive.
 */
export function ReportAccordion(props: ReportAccordionProps) {
  const { id, heading, forceOpen, children } = props;
  const [open, setOpen] = useState(false);
  return (
    <Accordion
      expanded={forceOpen || open}
      onChange={(_e, next) => setOpen(next)}
      TransitionProps={{
        unmountOnExit: true,
        timeout: forceOpen ? 0 : undefined,
      }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        id={`${id}-header`}
        aria-controls={`${id}-content`}
      >
        {heading}
      </AccordionSummary>
      <AccordionDetails style={{ display: 'block' }}>
        {children}
      </AccordionDetails>
    </Accordion>
  );
}
